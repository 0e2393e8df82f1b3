/* The network calls' decoders: sockets and addresses, as strace 6.1
 * shows them (its net.c and sockaddr.c are the behaviour matched, not the
 * code); options and messages are dec_msg.c's.  Every read of the
 * program's memory goes through js__fetch. */
#include <libjs/sys.h>
#include <libjs/net.h>
#include <libjs/errno.h>
#include "trace.h"

static void put_int(struct js__w *w, long v)
{
	js__put_dec(w, (int)v);
}

static unsigned int be16(const unsigned char *b)
{
	return (unsigned int)b[0] << 8 | b[1];
}

/* The address text js_inet_ntop writes (the library's one formatter). */
static void ntop(struct js__w *w, int af, const unsigned char *b)
{
	char t[JS_INET6_ADDRSTRLEN];
	long n = js_inet_ntop(af, b, t, sizeof t);

	if (n > 0)
		js__put_cut(w, t, (size_t)n);
}

/* A sockaddr of len bytes at p, as strace's decode_sockaddr: the family,
 * then the family's fields when len holds them, else sa_data quoted. */
void js__put_sockaddr(struct js__ctx *c, long p, long len)
{
	union {
		unsigned char b[sizeof(struct js_sockaddr_storage) + 1];
		struct js_sockaddr_storage ss;
	} u;
	size_t n = len < 0 ? 0 : len > 128 ? 128 : (size_t)len;
	struct js__w *w = c->w;
	unsigned char *b = u.b;
	unsigned int fam;

	if (!p || n < 2) {
		js__put_ptr(w, p);
		return;
	}
	if (js__fetch(b, (const void *)p, n, 1) != n) {
		js__put_ptr(w, p);
		return;
	}
	__builtin_memset(b + n, 0, sizeof u.b - n);
	fam = b[0] | (unsigned int)b[1] << 8;
	JS__PUTS(w, "{sa_family=");
	js__put_flags(w, K_AF, fam);
	if (n > 2) {
		JS__PUTS(w, ", ");
		if (fam == JS_AF_UNIX) {	/* linux/un.h */
			size_t e;

			JS__PUTS(w, "sun_path=");
			if (b[2]) {
				for (e = 2; e < n && b[e]; e++)
					;
				js__put_quoted(w, b + 2, e - 2, 0);
			} else {
				js__putc(w, '@');
				js__put_quoted(w, b + 3, n - 3, 0);
			}
		} else if (fam == JS_AF_INET && n >= sizeof(struct js_sockaddr_in)) {
			JS__PUTS(w, "sin_port=htons(");
			js__put_udec(w, be16(b + 2));
			JS__PUTS(w, "), sin_addr=inet_addr(\"");
			ntop(w, JS_AF_INET, b + 4);
			JS__PUTS(w, "\")");
		} else if (fam == JS_AF_INET6 && n >= 24) {	/* up to sin6_scope_id */
			JS__PUTS(w, "sin6_port=htons(");
			js__put_udec(w, be16(b + 2));
			JS__PUTS(w, "), sin6_flowinfo=htonl(");
			js__put_udec(w, (unsigned long)be16(b + 4) << 16 | be16(b + 6));
			JS__PUTS(w, "), inet_pton(AF_INET6, \"");
			ntop(w, JS_AF_INET6, b + 8);
			JS__PUTS(w, "\", &sin6_addr)");
			if (n >= sizeof(struct js_sockaddr_in6)) {
				uint32_t id;	/* host order, unlike the rest */

				__builtin_memcpy(&id, b + 24, sizeof id);
				JS__PUTS(w, ", sin6_scope_id=");
				js__put_udec(w, id);
			}
		} else {
			JS__PUTS(w, "sa_data=");
			js__put_quoted(w, b + 2, n - 2, 0);
		}
	}
	js__putc(w, '}');
}

/* An address the kernel writes, and its in/out length (getsockname,
 * getpeername, accept, accept4, recvfrom's last two). */
static void sockname(struct js__ctx *c, long addr, long lenp)
{
	int ulen, rlen;

	if (!addr || !js__pre_int(c, lenp, &ulen)) {
		js__put_ptr(c->w, addr);
		JS__PUTS(c->w, ", ");
		js__put_ptr(c->w, lenp);
		return;
	}
	if (c->failed || !js__get_int(lenp, &rlen)) {
		js__put_ptr(c->w, addr);
		JS__PUTS(c->w, ", ");
		js__put_inout(c, ulen, ulen, 0);
		return;
	}
	js__put_sockaddr(c, addr, ulen > rlen ? rlen : ulen);
	JS__PUTS(c->w, ", ");
	js__put_inout(c, ulen, rlen, 1);
}

static void fd_pair(struct js__ctx *c, long p)
{
	int f[2];

	if (c->failed || !p || js__fetch(f, (const void *)p, sizeof f, 1) != sizeof f) {
		js__put_ptr(c->w, p);
		return;
	}
	js__putc(c->w, '[');
	put_int(c->w, f[0]);
	JS__PUTS(c->w, ", ");
	put_int(c->w, f[1]);
	js__putc(c->w, ']');
}

int js__dec_net(struct js__ctx *c)
{
	struct js__w *w = c->w;
	const long *a = c->a;
	long nr = c->nr;

	if (nr == JS_NR_socket || nr == JS_NR_socketpair) {
		js__put_flags(w, K_AF, (unsigned int)a[0]);
		JS__PUTS(w, ", ");
		js__put_flags(w, K_SOCKTYPE, (unsigned int)a[1]);
		JS__PUTS(w, ", ");
		if (a[0] == JS_AF_INET || a[0] == JS_AF_INET6)
			js__put_flags(w, K_PROTO, (unsigned int)a[2]);
		else
			put_int(w, a[2]);
		if (nr == JS_NR_socketpair) {
			JS__PUTS(w, ", ");
			fd_pair(c, a[3]);
		}
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_bind || nr == JS_NR_connect) {
		put_int(w, a[0]);
		JS__PUTS(w, ", ");
		js__put_sockaddr(c, a[1], (int)a[2]);
		JS__PUTS(w, ", ");
		put_int(w, a[2]);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_listen) {
		put_int(w, a[0]);
		JS__PUTS(w, ", ");
		put_int(w, a[1]);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_shutdown) {
		put_int(w, a[0]);
		JS__PUTS(w, ", ");
		js__put_flags(w, K_SHUT, (unsigned int)a[1]);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_getsockname || nr == JS_NR_getpeername ||
	    nr == JS_NR_accept || nr == JS_NR_accept4) {
		put_int(w, a[0]);
		JS__PUTS(w, ", ");
		sockname(c, a[1], a[2]);
		if (nr == JS_NR_accept4) {
			JS__PUTS(w, ", ");
			js__put_flags(w, K_SOCKFLAGS, (unsigned int)a[3]);
		}
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_sendto) {
		put_int(w, a[0]);
		JS__PUTS(w, ", ");
		js__put_data(c, a[1], (unsigned long)a[2], 1, 0);
		JS__PUTS(w, ", ");
		js__put_udec(w, (unsigned long)a[2]);
		JS__PUTS(w, ", ");
		js__put_flags(w, K_MSGF, (unsigned int)a[3]);
		JS__PUTS(w, ", ");
		js__put_sockaddr(c, a[4], (int)a[5]);
		JS__PUTS(w, ", ");
		put_int(w, a[5]);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_recvfrom) {
		put_int(w, a[0]);
		JS__PUTS(w, ", ");
		if (c->failed)
			js__put_ptr(w, a[1]);
		else
			js__put_data(c, a[1], (unsigned long)c->ret, 1, 0);
		JS__PUTS(w, ", ");
		js__put_udec(w, (unsigned long)a[2]);
		JS__PUTS(w, ", ");
		js__put_flags(w, K_MSGF, (unsigned int)a[3]);
		JS__PUTS(w, ", ");
		sockname(c, a[4], a[5]);
		return JS__DEC_ARGS;
	}
	return js__dec_msg(c);
}

/* The in/out int of the calls below, at its address in the arguments. */
static __attribute__((noinline)) void pre_int(long nr, const long a[6], struct js__pre *pre)
{
	long p;
	int v;

	switch (nr) {
	case JS_NR_recvfrom:
		p = a[4] ? a[5] : 0;
		break;
	case JS_NR_getsockopt:
		p = a[4];
		break;
	case JS_NR_recvmsg:
		p = a[1] ? js__at(a[1], __builtin_offsetof(struct js_msghdr, msg_namelen)) : 0;
		break;
	case JS_NR_capget:
		p = a[0];	/* the version, which a refusing kernel rewrites */
		break;
	default:	/* getsockname, getpeername, accept, accept4 */
		p = a[1] ? a[2] : 0;
		break;
	}
	if (js__get_int(p, &v))
		pre->v = v;
}

/* The in/out values of the calls above (and capget's header version,
 * dec_proc.c), before the call; select's and the polls' (dec_events.c).
 * This runs for every traced call: a switch, and the work out of line. */
void js__dec_pre(long nr, const long a[6], struct js__pre *pre)
{
	pre->v = JS__NOPRE;
	pre->have = 0;
	switch (nr) {
	case JS_NR_getsockname: case JS_NR_getpeername:
	case JS_NR_accept: case JS_NR_accept4: case JS_NR_recvfrom:
	case JS_NR_getsockopt: case JS_NR_recvmsg: case JS_NR_capget:
		pre_int(nr, a, pre);
		break;
	case JS_NR_pselect6: case JS_NR_ppoll:
#ifdef JS_NR_select
	case JS_NR_select:
#endif
		js__dec_pre_events(nr, a, pre);
		break;
	default:
		break;
	}
}
