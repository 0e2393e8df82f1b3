/* The file decoders of transfers and descriptors, as strace 6.1 shows
 * them (sendfile.c, splice.c, io.c, fadvise.c, fallocate.c,
 * sync_file_range.c, flock.c, close_range.c, dirent64.c, file_handle.c
 * in strace are the behaviour matched): offsets the call moves as
 * [before] => [after], iovecs, flag sets, getdents64's entry count,
 * struct file_handle.  Asked by js__dec_fs (dec_fs.c). */
#include <libjs/sys.h>
#include <libjs/fs.h>
#include "trace.h"

#define W c->w
#define A(i) (c->a[i])

static void sep(struct js__ctx *c)
{
	js__put_sep(c->w);
}

/* An offset the call reads and moves by its result: [before] => [after]
 * after a transfer (sendfile), or [before] (the others, which strace
 * reads on entry only); the value before is the one after less what the
 * call moved. */
static void put_off(struct js__ctx *c, long p, int both)
{
	long v;
	int moved = !c->failed && c->ret > 0;

	if (!p) {
		JS__PUTS(W, "NULL");
		return;
	}
	if (!js__get(p, &v, sizeof v)) {
		js__put_ptr(W, p);
		return;
	}
	js__putc(W, '[');
	js__put_udec(W, (unsigned long)(moved ? v - c->ret : v));
	js__putc(W, ']');
	if (both && moved) {
		JS__PUTS(W, " => [");
		js__put_udec(W, (unsigned long)v);
		js__putc(W, ']');
	}
}


/* include/uapi/linux/fadvise.h, linux/falloc.h, linux/fs.h, linux/fcntl.h */
static const struct js__flag fadv[] = {
	JS__FLAG(POSIX_FADV_NORMAL), JS__FLAG(POSIX_FADV_RANDOM),
	JS__FLAG(POSIX_FADV_SEQUENTIAL), JS__FLAG(POSIX_FADV_WILLNEED),
	JS__FLAG(POSIX_FADV_DONTNEED), JS__FLAG(POSIX_FADV_NOREUSE),
};
static const struct js__flag falloc[] = {
	JS__FLAG(FALLOC_FL_KEEP_SIZE), JS__FLAG(FALLOC_FL_PUNCH_HOLE),
	JS__FLAG(FALLOC_FL_NO_HIDE_STALE), JS__FLAG(FALLOC_FL_COLLAPSE_RANGE),
	JS__FLAG(FALLOC_FL_ZERO_RANGE), JS__FLAG(FALLOC_FL_INSERT_RANGE),
	JS__FLAG(FALLOC_FL_UNSHARE_RANGE),
};
static const struct js__lflag sfr[] = {
	JS__LFLAG(SYNC_FILE_RANGE_WAIT_BEFORE), JS__LFLAG(SYNC_FILE_RANGE_WRITE),
	JS__LFLAG(SYNC_FILE_RANGE_WAIT_AFTER),
};
static const struct js__flag splice_fl[] = {
	JS__FLAG(SPLICE_F_MOVE), JS__FLAG(SPLICE_F_NONBLOCK),
	JS__FLAG(SPLICE_F_MORE), JS__FLAG(SPLICE_F_GIFT),
};
static const struct js__flag flock_op[] = {
	JS__FLAG(LOCK_SH), JS__FLAG(LOCK_EX), JS__FLAG(LOCK_NB),
	JS__FLAG(LOCK_UN), JS__FLAG(LOCK_MAND), JS__FLAG(LOCK_READ),
	JS__FLAG(LOCK_WRITE),
};
static const struct js__flag closerange[] = {
	JS__FLAG(CLOSE_RANGE_UNSHARE), JS__FLAG(CLOSE_RANGE_CLOEXEC),
};
static const struct js__flag rwf[] = {
	JS__FLAG(RWF_HIPRI), JS__FLAG(RWF_DSYNC), JS__FLAG(RWF_SYNC),
	JS__FLAG(RWF_NOWAIT), JS__FLAG(RWF_APPEND),
};

/* struct file_handle as the kernel left it: its size alone after a
 * failure (after EOVERFLOW the size needed, where strace shows the size
 * passed in too, "N => M", gone once the kernel wrote it), the whole
 * handle after success. */
static void put_handle(struct js__ctx *c, long p, int out)
{
	struct js_file_handle h;

	if (!js__get(p, &h, sizeof h)) {
		js__put_ptr(W, p);
		return;
	}
	JS__PUTS(W, "{handle_bytes=");
	js__put_udec(W, h.handle_bytes);
	if (out && c->failed) {
		js__putc(W, '}');
		return;
	}
	JS__PUTS(W, ", handle_type=");
	js__put_dec(W, h.handle_type);
	JS__PUTS(W, ", f_handle=");
	js__put_data(c, p + (long)sizeof h, h.handle_bytes > JS_MAX_HANDLE_SZ ? JS_MAX_HANDLE_SZ : h.handle_bytes,
		     c->safe, JS__QHEX);
	js__putc(W, '}');
}

/* getdents64's buffer: the records in the bytes the call filled (at
 * most the buffer, and at most DENTS_MAX bytes counted), read a window
 * at a time. */
#define DENTS_MAX (1UL << 20)
static void put_dents(struct js__ctx *c)
{
	unsigned char win[1024];
	unsigned long off = 0, base = 0, have = 0, n = 0, end = (unsigned long)c->ret;
	unsigned short reclen;

	js__put_ptr(W, A(1));
	if (c->failed)
		return;
	if (end > (unsigned long)A(2))
		end = (unsigned long)A(2);
	if (end > DENTS_MAX)
		end = DENTS_MAX;
	while (off < end) {
		/* d_reclen sits at bytes 16..17 of a record */
		if (off + 18 > base + have) {
			base = off;
			have = end - off < sizeof win ? end - off : sizeof win;
			if (have < 18 || !js__get(A(1) + (long)base, win, have))
				break;
		}
		__builtin_memcpy(&reclen, win + (off - base) + 16, sizeof reclen);
		if (!reclen)
			break;
		off += reclen;
		n++;
	}
	JS__PUTS(W, " /* ");
	js__put_udec(W, n);
	JS__PUTS(W, " entries */");
}

int js__dec_fs_io(struct js__ctx *c)
{
	int v = 0;

	switch (c->nr) {
	case JS_NR_sendfile:
		js__put_dec(W, (int)A(0));
		sep(c);
		js__put_dec(W, (int)A(1));
		sep(c);
		put_off(c, A(2), 1);
		sep(c);
		js__put_udec(W, (unsigned long)A(3));
		return JS__DEC_ARGS;
	case JS_NR_copy_file_range: case JS_NR_splice:
		js__put_dec(W, (int)A(0));
		sep(c);
		put_off(c, A(1), 0);
		sep(c);
		js__put_dec(W, (int)A(2));
		sep(c);
		put_off(c, A(3), 0);
		sep(c);
		js__put_udec(W, (unsigned long)A(4));
		sep(c);
		if (c->nr == JS_NR_splice)
			js__put_bits_unk(W, splice_fl, JS__NELEM(splice_fl), (unsigned int)A(5), "0", "SPLICE_F_???");
		else
			js__put_hex(W, (unsigned int)A(5));
		return JS__DEC_ARGS;
	case JS_NR_tee:
		js__put_dec(W, (int)A(0));
		sep(c);
		js__put_dec(W, (int)A(1));
		sep(c);
		js__put_udec(W, (unsigned long)A(2));
		sep(c);
		js__put_bits_unk(W, splice_fl, JS__NELEM(splice_fl), (unsigned int)A(3), "0", "SPLICE_F_???");
		return JS__DEC_ARGS;
	case JS_NR_vmsplice:
		js__put_dec(W, (int)A(0));
		sep(c);
		js__put_iovs(c, A(1), A(2), 0);
		sep(c);
		js__put_udec(W, (unsigned long)A(2));
		sep(c);
		js__put_bits_unk(W, splice_fl, JS__NELEM(splice_fl), (unsigned int)A(3), "0", "SPLICE_F_???");
		return JS__DEC_ARGS;
	case JS_NR_getdents64:
		js__put_dec(W, (int)A(0));
		sep(c);
		put_dents(c);
		sep(c);
		js__put_udec(W, (unsigned long)A(2));
		return JS__DEC_ARGS;
	case JS_NR_fadvise64:
		js__put_dec(W, (int)A(0));
		sep(c);
		js__put_dec(W, A(1));
		sep(c);
		js__put_dec(W, A(2));
		sep(c);
		js__put_xval(W, fadv, JS__NELEM(fadv), (unsigned int)A(3), "POSIX_FADV_???");
		return JS__DEC_ARGS;
	case JS_NR_fallocate:
		js__put_dec(W, (int)A(0));
		sep(c);
		js__put_bits_unk(W, falloc, JS__NELEM(falloc), (unsigned int)A(1), "0", "FALLOC_FL_???");
		sep(c);
		js__put_dec(W, A(2));
		sep(c);
		js__put_dec(W, A(3));
		return JS__DEC_ARGS;
	case JS_NR_sync_file_range:
		js__put_dec(W, (int)A(0));
		sep(c);
		js__put_dec(W, A(1));
		sep(c);
		js__put_dec(W, A(2));
		sep(c);
		js__put_lflags(W, sfr, JS__NELEM(sfr), (unsigned int)A(3), "SYNC_FILE_RANGE_???");
		return JS__DEC_ARGS;
	case JS_NR_flock:
		js__put_dec(W, (int)A(0));
		sep(c);
		js__put_bits_unk(W, flock_op, JS__NELEM(flock_op), (unsigned int)A(1), "0", "LOCK_???");
		return JS__DEC_ARGS;
	case JS_NR_close_range:
		js__put_udec(W, (unsigned int)A(0));
		sep(c);
		js__put_udec(W, (unsigned int)A(1));
		sep(c);
		js__put_bits_unk(W, closerange, JS__NELEM(closerange), (unsigned int)A(2), "0", "CLOSE_RANGE_???");
		return JS__DEC_ARGS;
	case JS_NR_readv: case JS_NR_writev:
		js__put_dec(W, (int)A(0));
		sep(c);
		js__put_iovs(c, A(1), (int)A(2), c->nr == JS_NR_readv);
		sep(c);
		js__put_dec(W, (int)A(2));
		return JS__DEC_ARGS;
	case JS_NR_name_to_handle_at:
		js__put_dirfd(W, A(0));
		sep(c);
		js__put_path(c, A(1));
		sep(c);
		put_handle(c, A(2), 1);
		sep(c);
		if (c->failed || !js__get(A(3), &v, sizeof(int))) {
			js__put_ptr(W, A(3));
		} else {
			js__putc(W, '[');
			js__put_dec(W, (int)v);
			js__putc(W, ']');
		}
		sep(c);
		js__put_flags(W, K_ATFLAGS, (unsigned int)A(4));
		return JS__DEC_ARGS;
	case JS_NR_open_by_handle_at:
		js__put_dec(W, (int)A(0));
		sep(c);
		put_handle(c, A(1), 0);
		sep(c);
		js__put_flags(W, K_OFLAGS, (unsigned int)A(2));
		return JS__DEC_ARGS;
	case JS_NR_preadv: case JS_NR_pwritev:
	case JS_NR_preadv2: case JS_NR_pwritev2:
		js__put_dec(W, (int)A(0));
		sep(c);
		js__put_iovs(c, A(1), (int)A(2),
			    c->nr == JS_NR_preadv || c->nr == JS_NR_preadv2);
		sep(c);
		js__put_dec(W, (int)A(2));
		sep(c);
		js__put_dec(W, A(3));
		if (c->nr == JS_NR_preadv2 || c->nr == JS_NR_pwritev2) {
			sep(c);
			js__put_bits_unk(W, rwf, JS__NELEM(rwf), (unsigned int)A(5), "0", "RWF_???");
		}
		return JS__DEC_ARGS;
	}
	return js__dec_fs_more(c);
}
