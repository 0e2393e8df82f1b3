/* Socket options and messages as strace 6.1 shows them (its net.c and
 * msghdr.c are the behaviour matched, not the code): levels and option
 * names with their values, msghdr with control messages, the mmsghdr
 * vectors.  Every read of the program's memory goes through js__fetch,
 * safely: the pointers inside a msghdr are the program's, whatever the
 * kernel made of them. */
#include <libjs/sys.h>
#include <libjs/net.h>
#include "trace.h"

#define FL(x) JS__FLAG(x)
#define NE(t) JS__NELEM(t)

/* Levels: strace's socketlayers (SOL_ names, IPPROTO_ values). */
static const struct js__flag levels[] = {
	FL(SOL_IP), FL(SOL_SOCKET), FL(SOL_TCP), FL(SOL_UDP), FL(SOL_IPV6),
	FL(SOL_ICMPV6), FL(SOL_RAW), FL(SOL_PACKET), FL(SOL_NETLINK),
	FL(SOL_TLS),
};
/* asm-generic/socket.h, with strace's _OLD names for the 32-bit time
 * options (their numbers on a 64-bit kernel). */
static const struct js__flag so_names[] = {
	FL(SO_DEBUG), FL(SO_REUSEADDR), FL(SO_TYPE), FL(SO_ERROR),
	FL(SO_DONTROUTE), FL(SO_BROADCAST), FL(SO_SNDBUF), FL(SO_RCVBUF),
	FL(SO_KEEPALIVE), FL(SO_OOBINLINE), FL(SO_NO_CHECK), FL(SO_PRIORITY),
	FL(SO_LINGER), FL(SO_BSDCOMPAT), FL(SO_REUSEPORT), FL(SO_PASSCRED),
	FL(SO_PEERCRED), FL(SO_RCVLOWAT), FL(SO_SNDLOWAT),
	FL(SO_RCVTIMEO_OLD), FL(SO_SNDTIMEO_OLD), FL(SO_BINDTODEVICE),
	FL(SO_ATTACH_FILTER), FL(SO_DETACH_FILTER), FL(SO_PEERNAME),
	FL(SO_TIMESTAMP_OLD), FL(SO_ACCEPTCONN), FL(SO_PEERSEC),
	FL(SO_SNDBUFFORCE), FL(SO_RCVBUFFORCE), FL(SO_PASSSEC),
	FL(SO_TIMESTAMPNS_OLD), FL(SO_MARK), FL(SO_TIMESTAMPING_OLD),
	FL(SO_PROTOCOL), FL(SO_DOMAIN), FL(SO_RXQ_OVFL), FL(SO_PEEK_OFF),
	FL(SO_BUSY_POLL), FL(SO_INCOMING_CPU), FL(SO_ATTACH_BPF),
	FL(SO_COOKIE), FL(SO_PEERGROUPS), FL(SO_ZEROCOPY), FL(SO_TXTIME),
	FL(SO_BINDTOIFINDEX),
};
static const struct js__flag ip_names[] = {
	FL(IP_TOS), FL(IP_TTL), FL(IP_HDRINCL), FL(IP_OPTIONS),
	FL(IP_PKTINFO), FL(IP_MTU_DISCOVER), FL(IP_RECVERR), FL(IP_RECVTTL),
	FL(IP_RECVTOS), FL(IP_MTU), FL(IP_FREEBIND), FL(IP_TRANSPARENT),
	FL(IP_MINTTL), FL(IP_BIND_ADDRESS_NO_PORT), FL(IP_MULTICAST_IF),
	FL(IP_MULTICAST_TTL), FL(IP_MULTICAST_LOOP), FL(IP_ADD_MEMBERSHIP),
	FL(IP_DROP_MEMBERSHIP),
};
static const struct js__flag ipv6_names[] = {
	FL(IPV6_UNICAST_HOPS), FL(IPV6_MULTICAST_IF), FL(IPV6_MULTICAST_HOPS),
	FL(IPV6_MULTICAST_LOOP), FL(IPV6_ADD_MEMBERSHIP),
	FL(IPV6_DROP_MEMBERSHIP), FL(IPV6_MTU_DISCOVER), FL(IPV6_MTU),
	FL(IPV6_RECVERR), FL(IPV6_V6ONLY), FL(IPV6_RECVPKTINFO),
	FL(IPV6_PKTINFO), FL(IPV6_RECVHOPLIMIT), FL(IPV6_HOPLIMIT),
	FL(IPV6_RECVTCLASS), FL(IPV6_TCLASS), FL(IPV6_TRANSPARENT),
	FL(IPV6_FREEBIND),
};
static const struct js__flag tcp_names[] = {
	FL(TCP_NODELAY), FL(TCP_MAXSEG), FL(TCP_CORK), FL(TCP_KEEPIDLE),
	FL(TCP_KEEPINTVL), FL(TCP_KEEPCNT), FL(TCP_SYNCNT), FL(TCP_LINGER2),
	FL(TCP_DEFER_ACCEPT), FL(TCP_WINDOW_CLAMP), FL(TCP_INFO),
	FL(TCP_QUICKACK),
};
static const struct js__flag scm_e[] = { FL(SCM_RIGHTS), FL(SCM_CREDENTIALS) };

static void put_int(struct js__w *w, long v)
{
	js__put_dec(w, (int)v);
}

/* An option's value: SO_LINGER and SO_PEERCRED as structs, an int as
 * [n], anything else as its bytes. */
static void optval(struct js__ctx *c, long level, long name, long p, int len)
{
	struct js__w *w = c->w;

	if (p && level == JS_SOL_SOCKET && name == JS_SO_LINGER &&
	    len >= (int)sizeof(struct js_linger)) {
		struct js_linger l;

		if (js__fetch(&l, (const void *)p, sizeof l, 1) == sizeof l) {
			JS__PUTS(w, "{l_onoff=");
			put_int(w, l.l_onoff);
			JS__PUTS(w, ", l_linger=");
			put_int(w, l.l_linger);
			js__putc(w, '}');
			return;
		}
	}
	if (p && level == JS_SOL_SOCKET && name == JS_SO_PEERCRED &&
	    len >= (int)sizeof(struct js_ucred)) {
		struct js_ucred u;

		if (js__fetch(&u, (const void *)p, sizeof u, 1) == sizeof u) {
			JS__PUTS(w, "{pid=");
			put_int(w, u.pid);
			JS__PUTS(w, ", uid=");
			js__put_udec(w, u.uid);
			JS__PUTS(w, ", gid=");
			js__put_udec(w, u.gid);
			js__putc(w, '}');
			return;
		}
	}
	if (len == (int)sizeof(int)) {
		int v;

		if (!p) {
			JS__PUTS(w, "NULL");
		} else if (js__get_int(p, &v)) {
			js__putc(w, '[');
			put_int(w, v);
			js__putc(w, ']');
		} else {
			js__put_ptr(w, p);
		}
		return;
	}
	js__put_data(c, p, len < 0 ? 0 : (unsigned long)len, 1, 0);
}

/* fd, level and option name (print_sockopt_fd_level_name). */
static void sockopt_head(struct js__ctx *c)
{
	struct js__w *w = c->w;
	long level = (int)c->a[1], name = (int)c->a[2];

	put_int(w, c->a[0]);
	JS__PUTS(w, ", ");
	js__put_xval(w, levels, NE(levels), (unsigned int)level, "SOL_??");
	JS__PUTS(w, ", ");
	switch (level) {
	case JS_SOL_SOCKET: js__put_xval(w, so_names, NE(so_names), (unsigned int)name, "SO_???"); break;
	case JS_SOL_IP: js__put_xval(w, ip_names, NE(ip_names), (unsigned int)name, "IP_???"); break;
	case JS_SOL_IPV6: js__put_xval(w, ipv6_names, NE(ipv6_names), (unsigned int)name, "IPV6_???"); break;
	case JS_SOL_TCP: js__put_xval(w, tcp_names, NE(tcp_names), (unsigned int)name, "TCP_???"); break;
	default: js__put_udec(w, (unsigned int)name); break;
	}
	JS__PUTS(w, ", ");
}

static void getsockopt_args(struct js__ctx *c)
{
	int ulen, rlen;
	long p = c->a[3], lenp = c->a[4];

	sockopt_head(c);
	if (!js__pre_int(c, lenp, &ulen)) {
		js__put_ptr(c->w, p);
		JS__PUTS(c->w, ", ");
		js__put_ptr(c->w, lenp);
		return;
	}
	if (c->failed || !js__get_int(lenp, &rlen)) {
		js__put_ptr(c->w, p);
		JS__PUTS(c->w, ", ");
		js__put_inout(c, ulen, ulen, 0);
		return;
	}
	if (ulen <= 0 || rlen <= 0)
		js__put_ptr(c->w, p);
	else
		optval(c, (int)c->a[1], (int)c->a[2], p, rlen);
	JS__PUTS(c->w, ", ");
	js__put_inout(c, ulen, rlen, 1);
}

/* One control message's type and data (print_cmsg_type_data). */
static void cmsg_data(struct js__ctx *c, int level, int type,
		      const unsigned char *d, size_t n)
{
	struct js__w *w = c->w;
	size_t i;

	if (level != JS_SOL_SOCKET) {
		js__put_hex(w, (unsigned int)type);
		return;
	}
	js__put_xval(w, scm_e, NE(scm_e), (unsigned int)type, "SCM_???");
	if (type == JS_SCM_RIGHTS && n >= sizeof(int)) {
		JS__PUTS(w, ", cmsg_data=[");
		for (i = 0; i + sizeof(int) <= n; i += sizeof(int)) {
			int fd;

			__builtin_memcpy(&fd, d + i, sizeof fd);
			if (i)
				JS__PUTS(w, ", ");
			put_int(w, fd);
		}
		js__putc(w, ']');
	} else if (type == JS_SCM_CREDENTIALS && n >= sizeof(struct js_ucred)) {
		struct js_ucred u;

		__builtin_memcpy(&u, d, sizeof u);
		JS__PUTS(w, ", cmsg_data={pid=");
		put_int(w, u.pid);
		JS__PUTS(w, ", uid=");
		js__put_udec(w, u.uid);
		JS__PUTS(w, ", gid=");
		js__put_udec(w, u.gid);
		js__putc(w, '}');
	}
}

/* msg_control's messages: an array of {cmsg_len, cmsg_level, cmsg_type,
 * cmsg_data}, up to the first that does not fit. */
static void cmsgs(struct js__ctx *c, long p, unsigned long len)
{
	unsigned char buf[512];
	size_t n = len > sizeof buf ? sizeof buf : (size_t)len;
	size_t hdr = sizeof(struct js_cmsghdr), off = 0;
	struct js__w *w = c->w;

	if (n < hdr || js__fetch(buf, (const void *)p, n, 1) != n) {
		js__put_ptr(w, p);
		return;
	}
	js__putc(w, '[');
	while (n - off >= hdr) {
		struct js_cmsghdr h;
		size_t clen, step;

		__builtin_memcpy(&h, buf + off, hdr);
		if (off)
			JS__PUTS(w, ", ");
		JS__PUTS(w, "{cmsg_len=");
		js__put_udec(w, h.cmsg_len);
		JS__PUTS(w, ", cmsg_level=");
		js__put_xval(w, levels, NE(levels), (unsigned int)h.cmsg_level, "SOL_???");
		JS__PUTS(w, ", cmsg_type=");
		clen = h.cmsg_len > n - off ? n - off : (size_t)h.cmsg_len;
		cmsg_data(c, h.cmsg_level, h.cmsg_type, buf + off + hdr,
			  clen > hdr ? clen - hdr : 0);
		js__putc(w, '}');
		if (h.cmsg_len < hdr) {
			off += hdr;
			break;
		}
		/* A length near the top wraps to 0 when aligned: that ends
		 * the walk too, as one past the buffer does. */
		step = JS_CMSG_ALIGN(h.cmsg_len);
		if (step < hdr || step >= n - off) {
			off = n;
			break;
		}
		off += step;
	}
	if (off < n) {
		JS__PUTS(w, ", ...");
	} else if (n < len) {
		JS__PUTS(w, ", ...");
	}
	js__putc(w, ']');
}

/* msg_iov: the iovec array and its data (data_size: the bytes the call
 * moved, ~0 for all), read safely: the pointers inside a msghdr are the
 * program's, whatever the kernel made of them. */
static void iovs(struct js__ctx *c, long p, unsigned long cnt, unsigned long left)
{
	struct js_iovec v;
	struct js__w *w = c->w;
	unsigned long i;

	if (!p) {
		JS__PUTS(w, "NULL");
		return;
	}
	js__putc(w, '[');
	for (i = 0; i < cnt; i++) {
		unsigned long l;

		if (i)
			JS__PUTS(w, ", ");
		if (i == IOVMAX) {
			JS__PUTS(w, "...");
			break;
		}
		if (js__fetch(&v, (const void *)js__at(p, i * sizeof v), sizeof v, 1) != sizeof v) {
			js__put_ptr(w, js__at(p, i * sizeof v));
			break;
		}
		l = v.iov_len < left ? v.iov_len : left;
		JS__PUTS(w, "{iov_base=");
		js__put_data(c, (long)v.iov_base, l, 1, 0);
		JS__PUTS(w, ", iov_len=");
		js__put_udec(w, v.iov_len);
		js__putc(w, '}');
		left -= l;
	}
	js__putc(w, ']');
}

/* struct msghdr (print_struct_msghdr); recv: after recvmsg, namelen the
 * msg_namelen passed in (or -1: unknown). */
static void msghdr_at(struct js__ctx *c, const struct js_msghdr *mp, int pre,
		      unsigned long data);

static void msghdr(struct js__ctx *c, long p, int recv)
{
	struct js_msghdr m;

	if (!p || js__fetch(&m, (const void *)p, sizeof m, 1) != sizeof m) {
		js__put_ptr(c->w, p);
		return;
	}
	msghdr_at(c, &m, recv && c->pre != JS__NOPRE ? (int)c->pre : (int)m.msg_namelen,
		  recv ? (unsigned long)c->ret : ~0UL);
}

/* The fields of *mp; pre is msg_namelen as passed in, data the bytes the
 * iovecs carried. */
static void msghdr_at(struct js__ctx *c, const struct js_msghdr *mp, int pre,
		      unsigned long data)
{
	struct js_msghdr m = *mp;
	struct js__w *w = c->w;
	int nl = pre;

	JS__PUTS(w, "{msg_name=");
	js__put_sockaddr(c, (long)m.msg_name,
			 (int)m.msg_namelen > nl ? nl : (int)m.msg_namelen);
	JS__PUTS(w, ", msg_namelen=");
	put_int(w, nl);
	if (nl != (int)m.msg_namelen) {
		JS__PUTS(w, " => ");
		put_int(w, (int)m.msg_namelen);
	}
	JS__PUTS(w, ", msg_iov=");
	iovs(c, (long)m.msg_iov, m.msg_iovlen, data);
	JS__PUTS(w, ", msg_iovlen=");
	js__put_udec(w, m.msg_iovlen);
	if (m.msg_controllen) {
		JS__PUTS(w, ", msg_control=");
		cmsgs(c, (long)m.msg_control, m.msg_controllen);
	}
	JS__PUTS(w, ", msg_controllen=");
	js__put_udec(w, m.msg_controllen);
	JS__PUTS(w, ", msg_flags=");
	js__put_flags(w, K_MSGF, (unsigned int)m.msg_flags);
	js__putc(w, '}');
}

/* sendmmsg/recvmmsg's vector after the call: the ret messages moved,
 * each {msg_hdr={...}, msg_len=n}. */
static void mmsgs(struct js__ctx *c, long p, unsigned long n)
{
	struct js_mmsghdr m;
	struct js__w *w = c->w;
	unsigned long i;

	if (c->failed || !p) {
		js__put_ptr(w, p);
		return;
	}
	js__putc(w, '[');
	for (i = 0; i < n; i++) {
		if (i)
			JS__PUTS(w, ", ");
		if (i == IOVMAX) {
			JS__PUTS(w, "...");
			break;
		}
		if (js__fetch(&m, (const void *)js__at(p, i * sizeof m), sizeof m, 1) != sizeof m) {
			js__put_ptr(w, js__at(p, i * sizeof m));
			break;
		}
		JS__PUTS(w, "{msg_hdr=");
		msghdr_at(c, &m.msg_hdr, (int)m.msg_hdr.msg_namelen, m.msg_len);
		JS__PUTS(w, ", msg_len=");
		js__put_udec(w, m.msg_len);
		js__putc(w, '}');
	}
	js__putc(w, ']');
}

int js__dec_msg(struct js__ctx *c)
{
	struct js__w *w = c->w;
	const long *a = c->a;
	long nr = c->nr;

	if (nr == JS_NR_setsockopt) {
		sockopt_head(c);
		optval(c, (int)a[1], (int)a[2], a[3], (int)a[4]);
		JS__PUTS(w, ", ");
		put_int(w, a[4]);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_getsockopt) {
		getsockopt_args(c);
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_sendmmsg || nr == JS_NR_recvmmsg) {
		put_int(w, a[0]);
		JS__PUTS(w, ", ");
		mmsgs(c, a[1], (unsigned long)c->ret);
		JS__PUTS(w, ", ");
		js__put_udec(w, (unsigned int)a[2]);
		JS__PUTS(w, ", ");
		js__put_flags(w, K_MSGF, (unsigned int)a[3]);
		if (nr == JS_NR_recvmmsg) {
			JS__PUTS(w, ", ");
			js__put_timespec(w, a[4], 1);
		}
		return JS__DEC_ARGS;
	}
	if (nr == JS_NR_sendmsg || nr == JS_NR_recvmsg) {
		put_int(w, a[0]);
		JS__PUTS(w, ", ");
		if (nr == JS_NR_recvmsg && c->failed) {
			int nl;

			if (js__pre_int(c, js__at(a[1], __builtin_offsetof(struct js_msghdr, msg_namelen)), &nl) && a[1]) {
				JS__PUTS(w, "{msg_namelen=");
				put_int(w, nl);
				js__putc(w, '}');
			} else {
				js__put_ptr(w, a[1]);
			}
		} else {
			msghdr(c, a[1], nr == JS_NR_recvmsg);
		}
		JS__PUTS(w, ", ");
		js__put_flags(w, K_MSGF, (unsigned int)a[2]);
		return JS__DEC_ARGS;
	}
	return 0;
}
