/* The decoders of files, directories and metadata, as strace 6.1 shows
 * them (stat.c, statx.c, utimes.c, mknod.c in strace are the behaviour
 * matched): out-structs after a successful call in strace's abbreviated
 * form, times with their date comments, modes and devices.  Transfers
 * and descriptors: dec_fs_io.c; fcntl, statfs, xattrs, ioctl, mounts:
 * dec_fs_more.c, dec_mount.c. */
#include <libjs/sys.h>
#include <libjs/fs.h>
#include <libjs/time.h>
#include "trace.h"

#define W c->w
#define A(i) (c->a[i])

static void sep(struct js__ctx *c)
{
	js__put_sep(c->w);
}

/* strace's abbreviated struct stat (print_struct_stat, -v not given). */
static void put_stat(struct js__ctx *c, long p)
{
	struct js_stat st;

	if (c->failed || !js__get(p, &st, sizeof st)) {
		js__put_ptr(W, p);
		return;
	}
	JS__PUTS(W, "{st_mode=");
	js__put_smode(W, st.st_mode);
	if (JS_S_ISCHR(st.st_mode) || JS_S_ISBLK(st.st_mode)) {
		JS__PUTS(W, ", st_rdev=");
		js__put_kdev(W, st.st_rdev);
	} else {
		JS__PUTS(W, ", st_size=");
		js__put_udec(W, (unsigned long)st.st_size);
	}
	JS__PUTS(W, ", ...}");
}

/* include/uapi/linux/stat.h, in strace's order (statx_masks.in): the
 * unions first. */
static const struct js__flag statx_mask[] = {
	JS__FLAG(STATX_ALL), JS__FLAG(STATX_BASIC_STATS), JS__FLAG(STATX_TYPE),
	JS__FLAG(STATX_MODE), JS__FLAG(STATX_NLINK), JS__FLAG(STATX_UID),
	JS__FLAG(STATX_GID), JS__FLAG(STATX_ATIME), JS__FLAG(STATX_MTIME),
	JS__FLAG(STATX_CTIME), JS__FLAG(STATX_INO), JS__FLAG(STATX_SIZE),
	JS__FLAG(STATX_BLOCKS), JS__FLAG(STATX_BTIME), JS__FLAG(STATX_MNT_ID),
	JS__FLAG(STATX_DIOALIGN), JS__FLAG(STATX__RESERVED),
};
static const struct js__flag statx_attr[] = {
	JS__FLAG(STATX_ATTR_COMPRESSED), JS__FLAG(STATX_ATTR_IMMUTABLE),
	JS__FLAG(STATX_ATTR_APPEND), JS__FLAG(STATX_ATTR_NODUMP),
	JS__FLAG(STATX_ATTR_ENCRYPTED), JS__FLAG(STATX_ATTR_AUTOMOUNT),
	JS__FLAG(STATX_ATTR_MOUNT_ROOT), JS__FLAG(STATX_ATTR_VERITY),
	JS__FLAG(STATX_ATTR_DAX),
};
static void dec_statx(struct js__ctx *c)
{
	struct js_statx sx;
	unsigned long fl = (unsigned long)A(2) & 0xffffffffUL;

	js__put_dirfd(W, A(0));
	sep(c);
	js__put_path(c, A(1));
	sep(c);
	js__put_flags(W, K_STATXAT, fl);
	sep(c);
	js__put_bits_unk(W, statx_mask, JS__NELEM(statx_mask), (unsigned int)A(3), "0", "STATX_???");
	sep(c);
	if (c->failed || !js__get(A(4), &sx, sizeof sx)) {
		js__put_ptr(W, A(4));
		return;
	}
	JS__PUTS(W, "{stx_mask=");
	js__put_bits_unk(W, statx_mask, JS__NELEM(statx_mask), sx.stx_mask, "0", "STATX_???");
	JS__PUTS(W, ", stx_attributes=");
	js__put_bits_unk(W, statx_attr, JS__NELEM(statx_attr), sx.stx_attributes, "0", "STATX_ATTR_???");
	JS__PUTS(W, ", stx_mode=");
	js__put_smode(W, sx.stx_mode);
	JS__PUTS(W, ", stx_size=");
	js__put_udec(W, sx.stx_size);
	JS__PUTS(W, ", ...}");
}

/* utimensat's pair: UTIME_NOW and UTIME_OMIT by name, else the time and
 * its date. */
static void put_tspair(struct js__ctx *c, long p)
{
	struct js_timespec t[2];
	int i;

	if (!p) {
		JS__PUTS(W, "NULL");
		return;
	}
	if (!js__get(p, t, sizeof t)) {
		js__put_ptr(W, p);
		return;
	}
	js__putc(W, '[');
	for (i = 0; i < 2; i++) {
		if (i)
			sep(c);
		if (t[i].tv_nsec == JS_UTIME_NOW) {
			JS__PUTS(W, "UTIME_NOW");
		} else if (t[i].tv_nsec == JS_UTIME_OMIT) {
			JS__PUTS(W, "UTIME_OMIT");
		} else {
			JS__PUTS(W, "{tv_sec=");
			js__put_dec(W, t[i].tv_sec);
			JS__PUTS(W, ", tv_nsec=");
			js__put_dec(W, t[i].tv_nsec);
			js__putc(W, '}');
			if (t[i].tv_nsec >= 0 && t[i].tv_nsec < 1000000000)
				js__put_datecomment(W, t[i].tv_sec, t[i].tv_nsec, 9);
		}
	}
	js__putc(W, ']');
}

/* utimes' and futimesat's pair of timevals (calls x86_64 alone has). */
#if defined JS_NR_utimes || defined JS_NR_futimesat
static void put_tvpair(struct js__ctx *c, long p)
{
	struct js_timeval t[2];
	int i;

	if (!p) {
		JS__PUTS(W, "NULL");
		return;
	}
	if (!js__get(p, t, sizeof t)) {
		js__put_ptr(W, p);
		return;
	}
	js__putc(W, '[');
	for (i = 0; i < 2; i++) {
		if (i)
			sep(c);
		JS__PUTS(W, "{tv_sec=");
		js__put_dec(W, t[i].tv_sec);
		JS__PUTS(W, ", tv_usec=");
		js__put_dec(W, t[i].tv_usec);
		js__putc(W, '}');
		if (t[i].tv_usec >= 0 && t[i].tv_usec < 1000000)
			js__put_datecomment(W, t[i].tv_sec, t[i].tv_usec, 6);
	}
	js__putc(W, ']');
}

#endif

#ifdef JS_NR_utime
static void put_utimbuf(struct js__ctx *c, long p)
{
	struct js_utimbuf u;

	if (!p) {
		JS__PUTS(W, "NULL");
		return;
	}
	if (!js__get(p, &u, sizeof u)) {
		js__put_ptr(W, p);
		return;
	}
	JS__PUTS(W, "{actime=");
	js__put_dec(W, u.actime);
	js__put_datecomment(W, u.actime, 0, 0);
	JS__PUTS(W, ", modtime=");
	js__put_dec(W, u.modtime);
	js__put_datecomment(W, u.modtime, 0, 0);
	js__putc(W, '}');
}
#endif

/* mknod's mode, and the device only for the node types that have one. */
static void put_mknod(struct js__ctx *c, int i)
{
	unsigned int mode = (unsigned int)A(i);

	js__put_smode(W, mode);
	if (JS_S_ISCHR(mode) || JS_S_ISBLK(mode)) {
		sep(c);
		js__put_kdev(W, (unsigned long)A(i + 1));
	}
}

static int dec(struct js__ctx *c)
{
	switch (c->nr) {
	case JS_NR_fstat:
		js__put_dec(W, (int)A(0));
		sep(c);
		put_stat(c, A(1));
		return JS__DEC_ARGS;
#ifdef JS_NR_stat
	case JS_NR_stat: case JS_NR_lstat:
		js__put_path(c, A(0));
		sep(c);
		put_stat(c, A(1));
		return JS__DEC_ARGS;
#endif
	case JS_NR_newfstatat:
		js__put_dirfd(W, A(0));
		sep(c);
		js__put_path(c, A(1));
		sep(c);
		put_stat(c, A(2));
		sep(c);
		js__put_flags(W, K_ATFLAGS, (unsigned long)A(3));
		return JS__DEC_ARGS;
	case JS_NR_statx:
		dec_statx(c);
		return JS__DEC_ARGS;
	case JS_NR_utimensat:
		js__put_dirfd(W, A(0));
		sep(c);
		js__put_path(c, A(1));
		sep(c);
		put_tspair(c, A(2));
		sep(c);
		js__put_flags(W, K_ATFLAGS, (unsigned long)A(3));
		return JS__DEC_ARGS;
#ifdef JS_NR_utimes
	case JS_NR_utimes:
		js__put_path(c, A(0));
		sep(c);
		put_tvpair(c, A(1));
		return JS__DEC_ARGS;
#endif
#ifdef JS_NR_utime
	case JS_NR_utime:
		js__put_path(c, A(0));
		sep(c);
		put_utimbuf(c, A(1));
		return JS__DEC_ARGS;
#endif
#ifdef JS_NR_futimesat
	case JS_NR_futimesat:
		js__put_dirfd(W, A(0));
		sep(c);
		js__put_path(c, A(1));
		sep(c);
		put_tvpair(c, A(2));
		return JS__DEC_ARGS;
#endif
#ifdef JS_NR_mknod
	case JS_NR_mknod:
		js__put_path(c, A(0));
		sep(c);
		put_mknod(c, 1);
		return JS__DEC_ARGS;
#endif
	case JS_NR_mknodat:
		js__put_dirfd(W, A(0));
		sep(c);
		js__put_path(c, A(1));
		sep(c);
		put_mknod(c, 2);
		return JS__DEC_ARGS;
	case JS_NR_lseek:
		js__put_dec(W, (int)A(0));
		sep(c);
		js__put_dec(W, A(1));
		sep(c);
		js__put_flags(W, K_WHENCE, (unsigned int)A(2));
		return JS__DEC_ARGS;
	}
	return js__dec_fs_io(c);
}

int js__dec_fs(struct js__ctx *c)
{
	return dec(c);
}
