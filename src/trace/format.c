/* One trace line, strace's shape, built into the caller's buffer:
 *   libjs:syscall read(3, "vm\n", 4096) = 3
 * Memory the call pointed at is read directly when the kernel has just
 * read or written it (a successful call); after a failed or injected call
 * it may be bad, so it is copied with process_vm_readv, which cannot
 * fault, and shown as a pointer when that fails. */
#include <libjs/errno.h>
#include <libjs/types.h>
#include <libjs/sys.h>
#include <libjs/events.h>
#include "trace.h"
#include "../fmt/fmt.h"

#define STRMAX 32	/* strace -s 32: data buffers are cut here */
#define PATHMAX 256	/* paths are shown whole up to this, as strace does */
#define IOVMAX 8

void js__putc(struct js__w *w, char c)
{
	if (w->p < w->end)
		*w->p++ = c;
}

void js__put(struct js__w *w, const char *s)
{
	char *p = w->p;

	while (*s && p < w->end)
		*p++ = *s++;
	w->p = p;
}

void js__put_cut(struct js__w *w, const char *s, size_t n)
{
	char *p = w->p;

	while (n-- && p < w->end)
		*p++ = *s++;
	w->p = p;
}

void js__put_udec(struct js__w *w, unsigned long v)
{
	int n;
	char b[20], *q;

	if (v < 10 && w->p < w->end) {	/* fds, zeros: the commonest */
		*w->p++ = (char)('0' + v);
		return;
	}
	q = js__utoa(b + sizeof b, v, 10);
	n = (int)(b + sizeof b - q);
	js__put_n(w, q, (size_t)n);
}

void js__put_dec(struct js__w *w, long v)
{
	if (v < 0) {
		js__putc(w, '-');
		js__put_udec(w, 0 - (unsigned long)v);
	} else {
		js__put_udec(w, (unsigned long)v);
	}
}

void js__put_hex(struct js__w *w, unsigned long v)
{
	char t[18], *q;

	if (!v) {
		js__putc(w, '0');
		return;
	}
	q = js__utoa(t + sizeof t, v, 16);
	*--q = 'x';
	*--q = '0';
	js__put_n(w, q, (size_t)(t + sizeof t - q));
}

/* printf's "%#03lo": 0644, 022, 000. */
void js__put_oct(struct js__w *w, unsigned long v)
{
	char t[24], *e = t + sizeof t, *q = js__utoa(e, v, 8);

	if (v)
		*--q = '0';
	while (e - q < 3)
		*--q = '0';
	js__put_cut(w, q, (size_t)(e - q));
}

/* Bytes quoted as themselves: printable ASCII but '"' and '\\'. */
static const unsigned char plain[256] = {
	[0x20] =
	1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

/* Byte i of s[0..n) as strace quotes it, at most 4 characters at p;
 * returns the end. */
static char *qbyte(char *p, const unsigned char *s, size_t i, size_t n, int hex)
{
	unsigned char c = s[i];

	if (hex) {	/* bytes with no text in them */
		p[0] = '\\';
		p[1] = 'x';
		p[2] = "0123456789abcdef"[c >> 4];
		p[3] = "0123456789abcdef"[c & 15];
		return p + 4;
	}
	if (c >= ' ' && c < 0x7f && c != '"' && c != '\\') {
		*p = (char)c;
		return p + 1;
	}
	*p++ = '\\';
	switch (c) {
	case '"': *p = '"'; return p + 1;
	case '\\': *p = '\\'; return p + 1;
	case '\f': *p = 'f'; return p + 1;
	case '\n': *p = 'n'; return p + 1;
	case '\r': *p = 'r'; return p + 1;
	case '\t': *p = 't'; return p + 1;
	case '\v': *p = 'v'; return p + 1;
	}
	/* Octal, as short as it can be unless an octal digit follows (then
	 * always three digits). */
	if ((i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '7') || c >= 64) {
		*p++ = (char)('0' + (c >> 6));
		*p++ = (char)('0' + ((c >> 3) & 7));
	} else if (c >= 8) {
		*p++ = (char)('0' + (c >> 3));
	}
	*p = (char)('0' + (c & 7));
	return p + 1;
}

void js__put_quoted(struct js__w *w, const unsigned char *s, size_t n, int more)
{
	int hex = (more & JS__QHEX) != 0;
	size_t i, room = (size_t)(w->end - w->p);

	if (room >= 2 && n <= (room - 2) / 4) {
		/* Room for the worst case: quote straight into the line. */
		char *p = w->p;

		*p++ = '"';
		if (hex)
			for (i = 0; i < n; i++)
				p = qbyte(p, s, i, n, 1);
		else
			for (i = 0; i < n; i++)
				/* Printable text, the usual case, as is. */
				if (plain[s[i]])
					*p++ = (char)s[i];
				else
					p = qbyte(p, s, i, n, 0);
		*p++ = '"';
		w->p = p;
	} else {
		js__putc(w, '"');
		for (i = 0; i < n; i++) {
			char t[4];

			js__put_cut(w, t, (size_t)(qbyte(t, s, i, n, hex) - t));
		}
		js__putc(w, '"');
	}
	if (more & 1)
		JS__PUTS(w, "...");
}

struct iov_local { const void *base; size_t len; };

size_t js__fetch(void *dst, const void *src, size_t n, int safe)
{
	if (!n)
		return 0;
	if (!safe) {
		unsigned char *d = dst;
		const unsigned char *s = src;
		size_t i;

		for (i = 0; i < n; i++)
			d[i] = s[i];
		return n;
	} else {
		/* Split the remote range at a 4 KiB boundary: the kernel never
		 * transfers part of one iovec, so a string that ends just before
		 * an unmapped page is still read.  The split is computed on the
		 * integer: src may be any value, even one that wraps. */
		unsigned long a = (unsigned long)src;
		size_t first = 4096 - (a & 4095);
		struct iov_local loc = { dst, n };
		struct iov_local rem[2] = { { src, first < n ? first : n },
					    { (const void *)(a + first), first < n ? n - first : 0 } };
		long pid = js_syscall0(JS_NR_getpid);
		long r = js_syscall6(JS_NR_process_vm_readv, pid, (long)&loc, 1,
				     (long)rem, rem[1].len ? 2 : 1, 0);

		return r < 0 ? 0 : (size_t)r;
	}
}

struct ctx {
	struct js__w *w;
	const long *a;
	long ret;
	int failed;	/* the kernel may not have touched the memory */
	int safe;	/* read strings safely even after success */
};

static void ptr(struct js__w *w, long p)
{
	if (p)
		js__put_hex(w, (unsigned long)p);
	else
		JS__PUTS(w, "NULL");
}

/* A NUL-terminated string at p, up to PATHMAX bytes. */
static void str(struct ctx *c, long p)
{
	unsigned char t[PATHMAX + 1];
	const unsigned char *s = (const unsigned char *)p;
	size_t got = PATHMAX + 1, n;

	if (!p) {
		JS__PUTS(c->w, "NULL");
		return;
	}
	if (c->failed || c->safe) {
		got = js__fetch(t, s, PATHMAX + 1, 1);
		if (!got) {
			ptr(c->w, p);
			return;
		}
		s = t;
	}
	/* After a successful call the kernel has read the string: it is
	 * quoted where it is, not copied first. */
	for (n = 0; n < got && s[n]; n++)
		;
	js__put_quoted(c->w, s, n > PATHMAX ? PATHMAX : n, n > PATHMAX || n == got);
}

/* len bytes of data at p, cut at STRMAX. */
static void data(struct ctx *c, long p, unsigned long len, int safe, int hex)
{
	unsigned char t[STRMAX];
	size_t n = len > STRMAX ? STRMAX : len;

	if (!p && len) {
		JS__PUTS(c->w, "NULL");
		return;
	}
	if (js__fetch(t, (const void *)p, n, safe) != n) {
		ptr(c->w, p);
		return;
	}
	js__put_quoted(c->w, t, n, (len > STRMAX) | hex);
}

static void iovs(struct ctx *c, long p, long cnt, int out)
{
	struct js_iovec v[IOVMAX];
	long i, n = cnt > IOVMAX ? IOVMAX : cnt;
	unsigned long left = out ? (unsigned long)c->ret : ~0UL;

	if (cnt < 0 || (out && c->failed) ||
	    js__fetch(v, (const void *)p, (size_t)n * sizeof v[0], c->failed) !=
		    (size_t)n * sizeof v[0]) {
		ptr(c->w, p);
		return;
	}
	js__putc(c->w, '[');
	for (i = 0; i < n; i++) {
		unsigned long l = v[i].iov_len < left ? v[i].iov_len : left;

		if (i)
			JS__PUTS(c->w, ", ");
		JS__PUTS(c->w, "{iov_base=");
		data(c, (long)v[i].iov_base, l, c->failed, 0);
		JS__PUTS(c->w, ", iov_len=");
		js__put_udec(c->w, v[i].iov_len);
		js__putc(c->w, '}');
		left -= l;
	}
	if (cnt > n)
		JS__PUTS(c->w, ", ...");
	js__putc(c->w, ']');
}

static unsigned int be16(const unsigned char *b)
{
	return (unsigned int)b[0] << 8 | b[1];
}

static void ipv6(struct js__w *w, const unsigned char *b)
{
	int best = -1, bestlen = 0, i, j;

	/* The longest run of two or more zero groups becomes "::" (RFC 5952). */
	for (i = 0; i < 8; i = j + 1) {
		for (j = i; j < 8 && !be16(b + 2 * j); j++)
			;
		if (j - i > bestlen && j - i >= 2)
			best = i, bestlen = j - i;
	}
	for (i = 0; i < 8; i++) {
		if (i == best) {
			JS__PUTS(w, "::");
			i += bestlen - 1;
			continue;
		}
		if (i && i != best + bestlen)
			js__putc(w, ':');
		{
			char t[4], *e = t + 4, *q = js__utoa(e, be16(b + 2 * i), 16);

			js__put_cut(w, q, (size_t)(e - q));
		}
	}
}

static void sockaddr(struct ctx *c, long p, long len)
{
	unsigned char b[128];
	size_t n = len < 0 ? 0 : len > 128 ? 128 : (size_t)len;
	struct js__w *w = c->w;
	unsigned int fam;
	int i;

	if (!p) {
		JS__PUTS(w, "NULL");
		return;
	}
	if (n < 2 || js__fetch(b, (const void *)p, n, c->failed) != n) {
		ptr(w, p);
		return;
	}
	fam = b[0] | (unsigned int)b[1] << 8;
	JS__PUTS(w, "{sa_family=");
	js__put_flags(w, K_AF, fam);
	if (fam == 1) {			/* AF_UNIX: linux/un.h */
		size_t e;

		JS__PUTS(w, ", sun_path=");
		if (n > 2 && !b[2]) {
			js__putc(w, '@');
			js__put_quoted(w, b + 3, n - 3, 0);
		} else {
			for (e = 2; e < n && b[e]; e++)
				;
			js__put_quoted(w, b + 2, e - 2, 0);
		}
	} else if (fam == 2 && n >= 8) {	/* AF_INET: linux/in.h */
		JS__PUTS(w, ", sin_port=htons(");
		js__put_udec(w, be16(b + 2));
		JS__PUTS(w, "), sin_addr=inet_addr(\"");
		for (i = 4; i < 8; i++) {
			if (i > 4)
				js__putc(w, '.');
			js__put_udec(w, b[i]);
		}
		JS__PUTS(w, "\")");
	} else if (fam == 10 && n >= 28) {	/* AF_INET6: linux/in6.h */
		JS__PUTS(w, ", sin6_port=htons(");
		js__put_udec(w, be16(b + 2));
		JS__PUTS(w, "), sin6_flowinfo=htonl(");
		js__put_udec(w, (unsigned long)be16(b + 4) << 16 | be16(b + 6));
		JS__PUTS(w, "), inet_pton(AF_INET6, \"");
		ipv6(w, b + 8);
		JS__PUTS(w, "\", &sin6_addr), sin6_scope_id=");
		js__put_udec(w, b[24] | (unsigned long)b[25] << 8 |
				   (unsigned long)b[26] << 16 | (unsigned long)b[27] << 24);
	}
	js__putc(w, '}');
}

void js__put_timespec(struct js__w *w, long p, int safe)
{
	struct js_timespec t;

	if (!p) {
		JS__PUTS(w, "NULL");
		return;
	}
	if (js__fetch(&t, (const void *)p, sizeof t, safe) != sizeof t) {
		ptr(w, p);
		return;
	}
	JS__PUTS(w, "{tv_sec=");
	js__put_dec(w, t.tv_sec);
	JS__PUTS(w, ", tv_nsec=");
	js__put_dec(w, t.tv_nsec);
	js__putc(w, '}');
}

/* struct epoll_event, in this architecture's layout (events.h). */
static void epev(struct ctx *c, long p)
{
	struct js_epoll_event e;
	uint32_t ev;
	uint64_t d;

	if (!p || c->a[1] == 2) {	/* EPOLL_CTL_DEL ignores it */
		ptr(c->w, p);
		return;
	}
	if (js__fetch(&e, (const void *)p, sizeof e, c->failed) != sizeof e) {
		ptr(c->w, p);
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

static void fds(struct ctx *c, long p)
{
	const int *f = (const int *)p;

	if (c->failed || !p) {
		ptr(c->w, p);
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
static int arg(struct ctx *c, int k, int i)
{
	struct js__w *w = c->w;
	long v = c->a[i];

	switch (k) {
	case K_INT: js__put_dec(w, (int)v); break;
	case K_UINT: js__put_udec(w, (unsigned int)v); break;
	case K_LONG: js__put_dec(w, v); break;
	case K_ULONG: js__put_udec(w, (unsigned long)v); break;
	case K_HEX: js__put_hex(w, (unsigned long)v); break;
	case K_PTR: case K_OBUFP: ptr(w, v); break;
	case K_DIRFD:
		if ((int)v == -100)
			JS__PUTS(w, "AT_FDCWD");
		else
			js__put_dec(w, (int)v);
		break;
	case K_STR: str(c, v); break;
	case K_IBUF: data(c, v, (unsigned long)c->a[i + 1], c->failed, 0); break;
	case K_OBUF: case K_OBUFX:
		if (c->failed)
			ptr(w, v);
		else
			data(c, v, (unsigned long)c->ret, 0, k == K_OBUFX ? JS__QHEX : 0);
		break;
	case K_OSTR:
		if (c->failed || c->ret <= 0)
			ptr(w, v);
		else
			str(c, v);
		break;
	case K_OFDS: fds(c, v); break;
	case K_IOVIN: iovs(c, v, (int)c->a[i + 1], 0); break;
	case K_IOVOUT: iovs(c, v, (int)c->a[i + 1], 1); break;
	case K_OMODE:
		/* O_CREAT or __O_TMPFILE: open(2) reads the mode. */
		if (!(c->a[i - 1] & 020000100))
			return 0;
		js__put_oct(w, (unsigned long)v & 07777);
		break;
	case K_FCNTLARG:
		switch ((int)c->a[i - 1]) {
		case 1: case 3: case 9: case 11: case 1025: case 1032: case 1034:
			return 0;	/* F_GET*: no argument */
		case 2: js__put_flags(w, K_FCNTLARG, (unsigned long)v); break;
		case 4: js__put_flags(w, K_OFLAGS, (unsigned long)v); break;
		case 5: case 6: case 7: case 15: case 16: case 36: case 37: case 38:
			ptr(w, v);
			break;
		default: js__put_dec(w, v); break;
		}
		break;
	case K_PROTO:
		if (c->a[0] == 2 || c->a[0] == 10)
			js__put_flags(w, K_PROTO, (unsigned long)v);
		else
			js__put_dec(w, (int)v);
		break;
	case K_SOCKADDR: sockaddr(c, v, c->a[i + 1]); break;
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

static void result(struct ctx *c, const struct js__sc *d, int injected)
{
	struct js__w *w = c->w;
	long r = c->ret;

	JS__PUTS(w, " = ");
	if (R_KIND(d->ret) == R_NONE) {
		js__putc(w, '?');
		return;
	}
	if (JS_IS_ERR_VALUE(r)) {
		js__put_dec(w, r);
		js__putc(w, ' ');
		js__put(w, js_errname(r));
		js__put(w, injected ? " (INJECTED)" : " (");
		if (!injected) {
			js__put(w, js_strerror(r));
			js__putc(w, ')');
		}
		return;
	}
	switch (R_KIND(d->ret)) {
	case R_HEX: js__put_hex(w, (unsigned long)r); break;
	case R_OCT: js__put_oct(w, (unsigned long)r); break;
	case R_FCNTL:
		/* F_GETFD, F_GETFL: the flags, as strace shows them. */
		if ((c->a[1] == 1 && r) || c->a[1] == 3) {
			js__put_hex(w, (unsigned long)r);
			JS__PUTS(w, " (flags ");
			js__put_flags(w, c->a[1] == 1 ? K_FCNTLARG : K_OFLAGS,
				      (unsigned long)r);
			js__putc(w, ')');
			break;
		}
		js__put_dec(w, r);
		break;
	default: js__put_dec(w, r); break;
	}
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

size_t js_trace_format(char *buf, size_t size, long nr, const long a[6],
		       long ret, int mark)
{
	int injected = mark && mark != JS_TRACE_VDSO;
	const struct js__sc *d = js__sc_desc(nr);
	size_t len = 0;
	const char *name = js__sc_name(nr, &len);
	struct js__w w;
	struct ctx c = { &w, a, ret, injected || JS_IS_ERR_VALUE(ret),
			 (d->ret & R_SAFE) != 0 };
	int i, any = 0;

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
	for (i = 0; i < d->n; i++) {
		char *mark = w.p;

		if (any)
			JS__PUTS(&w, ", ");
		if (arg(&c, d->k[i], i))
			any = 1;
		else
			w.p = mark;
	}
	js__putc(&w, ')');
	result(&c, d, injected);
	if (mark == JS_TRACE_VDSO)
		JS__PUTS(&w, " (vdso)");
	*w.p++ = '\n';
	*w.p = 0;
	return (size_t)(w.p - buf);
}
