/* One trace line, strace's shape, built into the caller's buffer:
 *   libjs:syscall read(3, "vm\n", 4096) = 3
 * The name, then the arguments (a domain decoder's, dec_*.c, or the
 * call's row in table.c kind by kind), then the result.  Memory the call
 * pointed at is read through js__fetch (fetch.c). */
#include <libjs/errno.h>
#include <libjs/types.h>
#include <libjs/sys.h>
#include <libjs/events.h>
#include <libjs/fs.h>
#include <libjs/net.h>
#include "trace.h"

void js__put_ptr(struct js__w *w, long p)
{
	if (p)
		js__put_hex(w, (unsigned long)p);
	else
		JS__PUTS(w, "NULL");
}

/* A NUL-terminated string at p, as strace's printpath shows it: whole
 * up to PATHMAX bytes, "..." after PATHMAX bytes with no NUL among them,
 * the address when any of it cannot be read.  Fetched and quoted in
 * pieces of PIECE bytes (one byte more is fetched to look ahead), so the
 * stack holds one piece, never the path. */
#define PIECE 256
void js__put_path(struct js__ctx *c, long p)
{
	unsigned char t[PIECE + 1];
	char *start = c->w->p;
	size_t off = 0;

	if (!p) {
		JS__PUTS(c->w, "NULL");
		return;
	}
	js__putc(c->w, '"');
	for (;;) {
		size_t want = PATHMAX + 1 - off, got, n;

		if (want > PIECE + 1)
			want = PIECE + 1;
		got = js__fetch(t, (const void *)((unsigned long)p + off), want, 1);
		for (n = 0; n < got && t[n]; n++)
			;
		if (n < got) {		/* the NUL: the end */
			js__put_qpart(c->w, t, n, n, 0);
			js__putc(c->w, '"');
			return;
		}
		if (got < want)		/* runs into memory that cannot be read */
			break;
		if (off + got == PATHMAX + 1) {	/* no NUL within PATHMAX + 1 */
			js__put_qpart(c->w, t, got - 1, got - 1, 0);
			JS__PUTS(c->w, "\"...");
			return;
		}
		js__put_qpart(c->w, t, got - 1, got, 0);
		off += got - 1;
	}
	c->w->p = start;
	js__put_ptr(c->w, p);
}

/* len bytes of data at p, cut at STRMAX. */
void js__put_data(struct js__ctx *c, long p, unsigned long len, int safe, int hex)
{
	unsigned char t[STRMAX];
	size_t n = len > STRMAX ? STRMAX : len;

	if (!p) {	/* strace: NULL even for 0 bytes */
		JS__PUTS(c->w, "NULL");
		return;
	}
	if (js__fetch(t, (const void *)p, n, safe) != n) {
		js__put_ptr(c->w, p);
		return;
	}
	js__put_quoted(c->w, t, n, (len > STRMAX) | hex);
}

/* An iovec array: the array in one fetch, then the first STRMAX bytes of
 * every buffer shown in another (strace shows an out-array's buffers
 * only after success, filled up to the result). */
void js__put_iovs(struct js__ctx *c, long p, long cnt, int out)
{
	struct js_iovec v[IOVMAX];
	struct js__part part[IOVMAX];
	unsigned char data[IOVMAX][STRMAX];
	unsigned long left = out ? (unsigned long)c->ret : ~0UL, shown[IOVMAX];
	long i, n = cnt > IOVMAX ? IOVMAX : cnt;
	size_t ok;

	if (cnt < 0 || js__fetch(v, (const void *)p, (size_t)n * sizeof v[0], 1) !=
			       (size_t)n * sizeof v[0]) {
		js__put_ptr(c->w, p);
		return;
	}
	for (i = 0; i < n; i++) {
		unsigned long l = v[i].iov_len < left ? v[i].iov_len : left;

		shown[i] = l;
		part[i].dst = data[i];
		part[i].src = v[i].iov_base;
		part[i].n = l > STRMAX ? STRMAX : l;
		left -= l;
	}
	/* A failed read filled nothing: strace's IOV_DECODE_ADDR (io.c) shows
	 * the array with each iov_base as an address. */
	ok = out && c->failed ? 0 : js__fetchv(part, (size_t)n);
	js__putc(c->w, '[');
	for (i = 0; i < n; i++) {
		if (i)
			JS__PUTS(c->w, ", ");
		JS__PUTS(c->w, "{iov_base=");
		if (out && c->failed)
			js__put_ptr(c->w, (long)v[i].iov_base);
		else if ((size_t)i < ok)	/* fetched in the batch */
			js__put_quoted(c->w, data[i], part[i].n, shown[i] > STRMAX);
		else		/* the batch stopped before it: on its own */
			js__put_data(c, (long)v[i].iov_base, shown[i], 1, 0);
		JS__PUTS(c->w, ", iov_len=");
		js__put_udec(c->w, v[i].iov_len);
		js__putc(c->w, '}');
	}
	if (cnt > n)
		JS__PUTS(c->w, ", ...");
	js__putc(c->w, ']');
}

void js__put_timespec(struct js__w *w, long p, int safe)
{
	struct js_timespec t;

	if (!p) {
		JS__PUTS(w, "NULL");
		return;
	}
	if (js__fetch(&t, (const void *)p, sizeof t, safe) != sizeof t) {
		js__put_ptr(w, p);
		return;
	}
	js__put_time(w, t.tv_sec, t.tv_nsec, 0);
}

void js__put_time(struct js__w *w, long sec, long frac, int usec)
{
	JS__PUTS(w, "{tv_sec=");
	js__put_dec(w, sec);
	js__put(w, usec ? ", tv_usec=" : ", tv_nsec=");
	js__put_dec(w, frac);
	js__putc(w, '}');
}

/* struct epoll_event, in this architecture's layout (events.h). */
static void epev(struct js__ctx *c, long p)
{
	struct js_epoll_event e;
	uint32_t ev;
	uint64_t d;

	if (!p || c->a[1] == JS_EPOLL_CTL_DEL) {	/* which ignores it */
		js__put_ptr(c->w, p);
		return;
	}
	if (js__fetch(&e, (const void *)p, sizeof e, c->failed) != sizeof e) {
		js__put_ptr(c->w, p);
		return;
	}
	ev = e.events;
	d = e.data.u64;
	JS__PUTS(c->w, "{events=");
	js__put_flags(c->w, K_EPEV, ev);
	JS__PUTS(c->w, ", data={u32=");
	js__put_udec(c->w, (uint32_t)d);
	JS__PUTS(c->w, ", u64=");
	js__put_udec(c->w, d);
	JS__PUTS(c->w, "}}");
}

static void fds(struct js__ctx *c, long p)
{
	int f[2];

	if (c->failed || !p || js__fetch(f, (const void *)p, sizeof f, 1) != sizeof f) {
		js__put_ptr(c->w, p);
		return;
	}
	js__putc(c->w, '[');
	js__put_dec(c->w, f[0]);
	JS__PUTS(c->w, ", ");
	js__put_dec(c->w, f[1]);
	js__putc(c->w, ']');
}

/* Argument i; returns 0 when it is left out (open's mode without O_CREAT,
 * fcntl's third argument for commands that take none). */
static int arg(struct js__ctx *c, int k, int i)
{
	struct js__w *w = c->w;
	long v = c->a[i];

	switch (k) {
	case K_INT: js__put_dec(w, (int)v); break;
	case K_UINT: js__put_udec(w, (unsigned int)v); break;
	case K_LONG: js__put_dec(w, v); break;
	case K_ULONG: js__put_udec(w, (unsigned long)v); break;
	case K_HEX: js__put_hex(w, (unsigned long)v); break;
	case K_PTR: case K_OBUFP: js__put_ptr(w, v); break;
	case K_DIRFD:
		if ((int)v == JS_AT_FDCWD)
			JS__PUTS(w, "AT_FDCWD");
		else
			js__put_dec(w, (int)v);
		break;
	case K_STR: js__put_path(c, v); break;
	case K_IBUF: js__put_data(c, v, (unsigned long)c->a[i + 1], c->failed, 0); break;
	case K_OBUF: case K_OBUFX:
		if (c->failed)
			js__put_ptr(w, v);
		else
			js__put_data(c, v, (unsigned long)c->ret, 0, k == K_OBUFX ? JS__QHEX : 0);
		break;
	case K_OSTR:
		if (c->failed || c->ret <= 0)
			js__put_ptr(w, v);
		else
			js__put_path(c, v);
		break;
	case K_OFDS: fds(c, v); break;
	case K_IOVIN: js__put_iovs(c, v, (int)c->a[i + 1], 0); break;
	case K_IOVOUT: js__put_iovs(c, v, (int)c->a[i + 1], 1); break;
	case K_OMODE:
		/* O_CREAT or __O_TMPFILE: open(2) reads the mode. */
		if (!(c->a[i - 1] & (JS_O_CREAT | JS___O_TMPFILE)))
			return 0;
		js__put_oct(w, (unsigned long)v & (JS_S_ISUID | JS_S_ISGID | JS_S_ISVTX | JS_S_IRWXU | JS_S_IRWXG | JS_S_IRWXO));
		break;
	case K_FCNTLARG:
		switch ((int)c->a[i - 1]) {
		case JS_F_GETFD: case JS_F_GETFL: case JS_F_GETOWN:
		case JS_F_GETSIG: case JS_F_GETLEASE: case JS_F_GETPIPE_SZ:
		case JS_F_GET_SEALS:
			return 0;	/* F_GET*: no argument */
		case JS_F_SETFD: js__put_flags(w, K_FCNTLARG, (unsigned long)v); break;
		case JS_F_SETFL: js__put_flags(w, K_OFLAGS, (unsigned long)v); break;
		case JS_F_SETLEASE: js__put_flags(w, K_LEASE, (unsigned long)v); break;
		case JS_F_NOTIFY: js__put_flags(w, K_DNOTIFY, (unsigned long)v); break;
		case JS_F_ADD_SEALS: js__put_flags(w, K_SEALS, (unsigned long)v); break;
		case JS_F_SETSIG: js__put_flags(w, K_SIG, (unsigned long)v); break;
		case JS_F_GETLK: case JS_F_SETLK: case JS_F_SETLKW:
		case JS_F_SETOWN_EX: case JS_F_GETOWN_EX: case JS_F_OFD_GETLK:
		case JS_F_OFD_SETLK: case JS_F_OFD_SETLKW:
			js__put_ptr(w, v);
			break;
		default: js__put_dec(w, v); break;
		}
		break;
	case K_PROTO:
		if (c->a[0] == JS_AF_INET || c->a[0] == JS_AF_INET6)
			js__put_flags(w, K_PROTO, (unsigned long)v);
		else
			js__put_dec(w, (int)v);
		break;
	case K_SOCKADDR: js__put_sockaddr(c, v, c->a[i + 1]); break;
	case K_TIMESPEC: js__put_timespec(w, v, c->failed); break;
	case K_FUTEXARG: return js__put_futex_arg(w, c->a, i, c->failed);
	case K_FUTEXWAITV:
		js__put_futex_waitv(w, v, (unsigned int)c->a[i + 1], c->failed);
		break;
	case K_EPEV: epev(c, v); break;
	default: js__put_flags(w, k, (unsigned long)v); break;
	}
	return 1;
}

void js__put_result(struct js__ctx *c, int kind)
{
	struct js__w *w = c->w;
	long r = c->ret;

	JS__PUTS(w, " = ");
	if (kind == R_NONE) {
		js__putc(w, '?');
		return;
	}
	if (JS_IS_ERR_VALUE(r)) {
		/* As strace prints an error: "-1", the name, the text; an errno
		 * with no name as strace 6.1 shows it, "-1 (errno 600)"; " (INJECTED)"
		 * follows from js_trace_format. */
		const char *name = js_errname(r);

		JS__PUTS(w, "-1 ");
		if (js__streq(name, "EUNKNOWN")) {
			JS__PUTS(w, "(errno ");
			js__put_udec(w, (unsigned long)-r);
		} else {
			js__put(w, name);
			JS__PUTS(w, " (");
			js__put(w, js_strerror(r));
		}
		js__putc(w, ')');
		return;
	}
	switch (kind) {
	case R_HEX: js__put_hex(w, (unsigned long)r); break;
	case R_OCT: js__put_oct(w, (unsigned long)r); break;
	case R_FCNTL:
		/* F_GETFD, F_GETFL: the flags, as strace shows them. */
		if ((c->a[1] == JS_F_GETFD && r) || c->a[1] == JS_F_GETFL) {
			js__put_hex(w, (unsigned long)r);
			JS__PUTS(w, " (flags ");
			js__put_flags(w, c->a[1] == JS_F_GETFD ? K_FCNTLARG : K_OFLAGS,
				      (unsigned long)r);
			js__putc(w, ')');
			break;
		}
		js__put_dec(w, r);
		break;
	default: js__put_dec(w, r); break;
	}
}

/* rt_sigreturn as the x86_64 restorer reports it (src/arch/x86_64/
 * restore_rt.S): a[0] points at the mask it restores, shown as strace
 * shows the call, "rt_sigreturn({mask=[]}) = 0". */
static int sigreturn(struct js__ctx *c)
{
	if (c->nr != JS_NR_rt_sigreturn || !c->a[0])
		return 0;
	JS__PUTS(c->w, "{mask=");
	js__put_sigset(c, c->a[0], 8);	/* the kernel's 64-bit set */
	js__putc(c->w, '}');
	return JS__DEC_ARGS;
}

/* The domain decoders, asked in turn; each claims a call by its number
 * alone, whatever the arguments (tests/host/test_trace_dispatch.c checks
 * it for every number), so which one claimed a number, or that none did,
 * is kept: a call made again asks only its own decoder, and a call none
 * decodes (getppid) asks none of the nineteen again.  A byte per number,
 * 1 + the decoder's index or NONE, 0 until the number is first seen;
 * threads may race to store the same value. */
static int (*const decoders[])(struct js__ctx *) = {
	js__dec_fs, js__dec_net, js__dec_proc, js__dec_misc,
};
#define NONE 0xff
#define MEMO 1024	/* numbers above go unkept: 1024 is past every table */
static unsigned char claimed[MEMO];

int js__dec_claim(struct js__ctx *c, int *which)
{
	int dec = 0, i;

	for (i = 0; i < (int)JS__NELEM(decoders) && !dec; i++)
		dec = decoders[i](c);
	*which = dec ? i : NONE;	/* i is one past the claimer */
	return dec;
}

static int decode(struct js__ctx *c)
{
	unsigned long nr = (unsigned long)c->nr;
	int k = nr < MEMO ? __atomic_load_n(&claimed[nr], __ATOMIC_RELAXED) : 0, dec;

	if (k == NONE)
		return 0;
	if (k)
		return decoders[k - 1](c);
	dec = js__dec_claim(c, &k);
	if (nr < MEMO)
		__atomic_store_n(&claimed[nr], (unsigned char)k, __ATOMIC_RELAXED);
	return dec;
}

/* A syscall name of n bytes (js__sc_name): whole 8-byte words when the
 * line has room for them, since the names are padded. */
static void put_name(struct js__w *w, const char *s, size_t n)
{
	char *p = w->p;

	if (n <= 32 && (size_t)(w->end - p) >= 32) {
		__builtin_memcpy(p, s, 8);
		if (n > 8)
			__builtin_memcpy(p + 8, s + 8, 8);
		if (n > 16)
			__builtin_memcpy(p + 16, s + 16, 8);
		if (n > 24)
			__builtin_memcpy(p + 24, s + 24, 8);
		w->p = p + n;
	} else {
		js__put_cut(w, s, n);
	}
}

size_t js__format(char *buf, size_t size, long nr, const long a[6], long ret,
		  int mark)
{
	return js__trace_format_pre(buf, size, nr, a, ret, mark, 0);
}

size_t js__trace_format_pre(char *buf, size_t size, long nr, const long a[6],
			    long ret, int mark, const struct js__pre *pre)
{
	int injected = mark && mark != JS_TRACE_VDSO;
	const struct js__sc *d = js__sc_desc(nr);
	size_t len = 0;
	const char *name = js__sc_name(nr, &len);
	struct js__w w;
	struct js__ctx c = { &w, a, ret, injected || JS_IS_ERR_VALUE(ret),
			    (d->ret & R_SAFE) != 0, nr, injected,
			    pre ? pre->v : JS__NOPRE, pre };
	int i, any = 0, dec;

	if (!buf || size < 2) {
		if (buf && size)
			buf[0] = 0;
		return 0;
	}
	w.p = buf;
	w.end = buf + size - 2;	/* room for "\n\0" */
	JS__PUTS(&w, "libjs:syscall ");
	if (name) {
		put_name(&w, name, len);
	} else {
		JS__PUTS(&w, "syscall_");
		js__put_hex(&w, (unsigned long)nr);
	}
	js__putc(&w, '(');
	dec = sigreturn(&c);	/* by its argument: not kept */
	if (!dec)
		dec = decode(&c);
	for (i = 0; !dec && i < d->n; i++) {
		char *mark = w.p;

		if (any)
			JS__PUTS(&w, ", ");
		if (arg(&c, d->k[i], i))
			any = 1;
		else
			w.p = mark;
	}
	if (dec != JS__DEC_ALL) {
		js__putc(&w, ')');
		js__put_result(&c, R_KIND(d->ret));
	}
	if (mark == JS_TRACE_VDSO)
		JS__PUTS(&w, " (vdso)");
	/* After the error or the return value, as strace 6.1's
	 * print_injected_note (branch tfault). */
	if (injected)
		JS__PUTS(&w, " (INJECTED)");
	*w.p++ = '\n';
	*w.p = 0;
	return (size_t)(w.p - buf);
}

size_t js_trace_format(char *buf, size_t size, long nr, const long a[6],
		       long ret, int mark)
{
	/* Called on its own (not from the hook, which keeps it current):
	 * the process may be a child the pid was not updated for. */
	__atomic_store_n(&js__self_pid, (int)js_syscall0(JS_NR_getpid),
			 __ATOMIC_RELAXED);
	return js__format(buf, size, nr, a, ret, mark);
}
