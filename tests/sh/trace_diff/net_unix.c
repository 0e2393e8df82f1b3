/* Differential trace program (tests/sh/test_trace_diff.sh), network
 * domain: AF_UNIX sockets (paths, the abstract namespace, unnamed
 * peers), messages with control data over a socketpair (SCM_RIGHTS,
 * SCM_CREDENTIALS), a short sockaddr, oversize address buffers, and
 * option errors.  Run in an empty scratch directory, bounded by alarm. */
#include <libjs/libjs.h>

static void pair_messages(void)
{
	int sv[2], one = 1;
	char a[8] = "abc", b[8] = "defgh";
	char in1[16], in2[16];
	struct js_iovec iov[2] = { { a, 3 }, { b, 5 } };
	struct js_iovec riov[2] = { { in1, 4 }, { in2, 16 } };
	union { struct js_cmsghdr h; unsigned char b[64]; } ctl, rctl;
	struct js_msghdr m = { 0 }, r = { 0 };
	struct js_cmsghdr *h;
	struct js_ucred cred;
	int fds[2], dg[2];

	js_socketpair(JS_AF_UNIX, JS_SOCK_STREAM | JS_SOCK_CLOEXEC, 0, sv);
	js_socketpair(JS_AF_UNIX, JS_SOCK_DGRAM, 0, dg);
	js_pipe2(fds, 0);
	/* Two descriptors passed. */
	__builtin_memset(&ctl, 0, sizeof ctl);
	m.msg_iov = iov;
	m.msg_iovlen = 2;
	m.msg_control = ctl.b;
	m.msg_controllen = JS_CMSG_SPACE(2 * sizeof(int));
	h = js_cmsg_firsthdr(&m);
	h->cmsg_len = JS_CMSG_LEN(2 * sizeof(int));
	h->cmsg_level = JS_SOL_SOCKET;
	h->cmsg_type = JS_SCM_RIGHTS;
	__builtin_memcpy(js_cmsg_data(h), fds, sizeof fds);
	js_sendmsg(sv[0], &m, 0);
	__builtin_memset(&rctl, 0, sizeof rctl);
	r.msg_iov = riov;
	r.msg_iovlen = 2;
	r.msg_control = rctl.b;
	r.msg_controllen = sizeof rctl.b;
	js_recvmsg(sv[1], &r, JS_MSG_CMSG_CLOEXEC);

	/* Credentials: the receiver asks for them. */
	js_setsockopt(sv[1], JS_SOL_SOCKET, JS_SO_PASSCRED, &one, sizeof one);
	cred.pid = (int)js_getpid();
	cred.uid = (unsigned int)js_getuid();
	cred.gid = (unsigned int)js_getgid();
	__builtin_memset(&ctl, 0, sizeof ctl);
	m.msg_iovlen = 1;
	m.msg_controllen = JS_CMSG_SPACE(sizeof cred);
	h = js_cmsg_firsthdr(&m);
	h->cmsg_len = JS_CMSG_LEN(sizeof cred);
	h->cmsg_level = JS_SOL_SOCKET;
	h->cmsg_type = JS_SCM_CREDENTIALS;
	__builtin_memcpy(js_cmsg_data(h), &cred, sizeof cred);
	js_sendmsg(sv[0], &m, JS_MSG_NOSIGNAL);
	__builtin_memset(&rctl, 0, sizeof rctl);
	r.msg_controllen = sizeof rctl.b;
	r.msg_iovlen = 1;
	js_recvmsg(sv[1], &r, 0);

	/* No control data; then nothing to read. */
	m.msg_control = 0;
	m.msg_controllen = 0;
	js_sendmsg(sv[0], &m, 0);
	r.msg_control = 0;
	r.msg_controllen = 0;
	js_recvmsg(sv[1], &r, 0);
	js_recvmsg(sv[1], &r, JS_MSG_DONTWAIT);
	js_sendmsg(-1, &m, 0);

	/* Several messages in one call each way. */
	{
		struct js_mmsghdr mm[2], rm[2];
		struct js_iovec o1 = { a, 2 }, o2 = { b, 3 };
		struct js_iovec r1 = { in1, 8 }, r2 = { in2, 8 };

		__builtin_memset(mm, 0, sizeof mm);
		__builtin_memset(rm, 0, sizeof rm);
		mm[0].msg_hdr.msg_iov = &o1;
		mm[0].msg_hdr.msg_iovlen = 1;
		mm[1].msg_hdr.msg_iov = &o2;
		mm[1].msg_hdr.msg_iovlen = 1;
		rm[0].msg_hdr.msg_iov = &r1;
		rm[0].msg_hdr.msg_iovlen = 1;
		rm[1].msg_hdr.msg_iov = &r2;
		rm[1].msg_hdr.msg_iovlen = 1;
		js_sendmmsg(dg[0], mm, 2, 0);
		js_recvmmsg(dg[1], rm, 2, JS_MSG_DONTWAIT, 0);
		js_recvmmsg(dg[1], rm, 2, JS_MSG_DONTWAIT, 0);
	}

	/* Options on a unix socket: the peer's credentials. */
	{
		struct js_ucred pc;
		js_socklen_t l = sizeof pc;
		int t;

		js_getsockopt(sv[0], JS_SOL_SOCKET, JS_SO_PEERCRED, &pc, &l);
		l = sizeof t;
		js_getsockopt(sv[0], JS_SOL_SOCKET, JS_SO_DOMAIN, &t, &l);
		l = sizeof pc;
		js_getsockopt(sv[0], JS_SOL_SOCKET, JS_SO_SNDBUF, &t, &l);
		l = sizeof t;
		js_getsockopt(sv[0], 999, 1, &t, &l);
		js_setsockopt(sv[0], JS_SOL_SOCKET, 999, &t, sizeof t);
		js_setsockopt(sv[0], JS_IPPROTO_TCP, JS_TCP_NODELAY, &t, sizeof t);
		js_getsockopt(sv[0], JS_SOL_SOCKET, JS_SO_TYPE, 0, 0);
	}
	js_close(fds[0]);
	js_close(fds[1]);
	js_close(sv[0]);
	js_close(sv[1]);
	js_close(dg[0]);
	js_close(dg[1]);
}

static void named(void)
{
	struct js_sockaddr_un sa, got;
	struct js_sockaddr_storage ss;
	js_socklen_t len;
	long l, c, s, d;
	char buf[16];

	l = js_socket(JS_AF_UNIX, JS_SOCK_STREAM, 0);
	len = (js_socklen_t)js_sockaddr_un_init(&sa, "sock.path");
	js_bind((int)l, (struct js_sockaddr *)&sa, len);
	js_listen((int)l, 4);
	c = js_socket(JS_AF_UNIX, JS_SOCK_STREAM, 0);
	js_connect((int)c, (struct js_sockaddr *)&sa, len);
	len = sizeof ss;
	s = js_accept((int)l, (struct js_sockaddr *)&ss, &len);
	len = sizeof got;
	js_getsockname((int)l, (struct js_sockaddr *)&got, &len);
	len = sizeof got;
	js_getpeername((int)c, (struct js_sockaddr *)&got, &len);
	js_close((int)s);
	js_close((int)c);
	js_close((int)l);
	js_connect(-1, (struct js_sockaddr *)&sa, 3);

	/* The abstract namespace, with a NUL inside the name. */
	d = js_socket(JS_AF_UNIX, JS_SOCK_DGRAM, 0);
	len = (js_socklen_t)js_sockaddr_un_abstract(&sa, "tdec2\0x", 7);
	js_bind((int)d, (struct js_sockaddr *)&sa, len);
	len = sizeof ss;
	js_getsockname((int)d, (struct js_sockaddr *)&ss, &len);
	c = js_socket(JS_AF_UNIX, JS_SOCK_DGRAM, 0);
	js_sendto((int)c, "to abstract", 11, 0, (struct js_sockaddr *)&sa, len);
	len = sizeof ss;
	js_recvfrom((int)d, buf, sizeof buf, 0, (struct js_sockaddr *)&ss, &len);
	js_close((int)c);
	js_close((int)d);

	/* A short address: family and two bytes of data. */
	s = js_socket(JS_AF_INET, JS_SOCK_DGRAM, 0);
	{
		struct js_sockaddr_in in;

		js_sockaddr_in_init(&in, JS_INADDR_LOOPBACK, 9);
		js_connect((int)s, (struct js_sockaddr *)&in, 4);
		js_connect((int)s, (struct js_sockaddr *)&in, 1);
		in.sin_family = 12345;
		js_connect((int)s, (struct js_sockaddr *)&in, sizeof in);
	}
	js_close((int)s);
	js_unlinkat(JS_AT_FDCWD, "sock.path", 0);
}

int main(void)
{
	js_alarm(20);
	pair_messages();
	named();
	return 0;
}
