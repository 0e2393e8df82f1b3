/* Freestanding sockets: a TCP round trip over 127.0.0.1 and a socketpair,
 * with no libc linked (the layer that also runs under qemu-user). */
#include "runner.h"

static void t_tcp_round_trip(void)
{
	struct js_sockaddr_in addr;
	js_socklen_t len = sizeof addr;
	char buf[8];
	long l = js_socket(JS_AF_INET, JS_SOCK_STREAM | JS_SOCK_CLOEXEC, 0);

	CHECK(l >= 0);
	CHECK_EQ(js_sockaddr_in_init(&addr, JS_INADDR_LOOPBACK, 0), sizeof addr);
	CHECK_EQ(js_bind((int)l, (struct js_sockaddr *)&addr, sizeof addr), 0);
	CHECK_EQ(js_listen((int)l, 1), 0);
	CHECK_EQ(js_getsockname((int)l, (struct js_sockaddr *)&addr, &len), 0);
	CHECK_EQ(len, sizeof addr);
	CHECK(js_sockaddr_port((struct js_sockaddr *)&addr) > 0);

	long c = js_socket(JS_AF_INET, JS_SOCK_STREAM, 0);
	CHECK(c >= 0);
	CHECK_EQ(js_connect((int)c, (struct js_sockaddr *)&addr, len), 0);
	long s = js_accept4((int)l, 0, 0, JS_SOCK_CLOEXEC);
	CHECK(s >= 0);
	/* F_GETFD = 1, FD_CLOEXEC = 1 (asm-generic/fcntl.h) */
	CHECK_EQ(js_syscall(JS_NR_fcntl, s, 1) & 1, 1);

	CHECK_EQ(js_send((int)c, "ping", 4, 0), 4);
	CHECK_EQ(js_recv((int)s, buf, 4, JS_MSG_WAITALL), 4);
	CHECK(buf[0] == 'p' && buf[3] == 'g');
	CHECK_EQ(js_send((int)s, "pong", 4, 0), 4);
	CHECK_EQ(js_shutdown((int)s, JS_SHUT_WR), 0);
	CHECK_EQ(js_recv((int)c, buf, 4, JS_MSG_WAITALL), 4);
	CHECK(buf[1] == 'o' && buf[3] == 'g');
	CHECK_EQ(js_recv((int)c, buf, sizeof buf, 0), 0);

	char text[JS_INET_ADDRSTRLEN];
	CHECK_EQ(js_inet_ntop(JS_AF_INET, &addr.sin_addr, text, sizeof text), 9);
	CHECK_STR(text, "127.0.0.1");
	CHECK_EQ(js_connect((int)c, 0, sizeof addr), -JS_EFAULT);
	js_close((int)s);
	js_close((int)c);
	js_close((int)l);
	CHECK_EQ(js_accept((int)l, 0, 0), -JS_EBADF);
}

static void t_socketpair(void)
{
	int sv[2] = { -1, -1 };
	char buf[4];

	CHECK_EQ(js_socketpair(JS_AF_UNIX, JS_SOCK_STREAM, 0, sv), 0);
	CHECK(sv[0] >= 0 && sv[1] >= 0);
	CHECK_EQ(js_send(sv[0], "abc", 3, 0), 3);
	CHECK_EQ(js_recv(sv[1], buf, 3, JS_MSG_WAITALL), 3);
	CHECK(buf[0] == 'a' && buf[2] == 'c');
	CHECK_EQ(js_send(sv[1], "xy", 2, 0), 2);
	CHECK_EQ(js_recv(sv[0], buf, 2, JS_MSG_WAITALL), 2);
	CHECK(buf[0] == 'x' && buf[1] == 'y');

	struct js_ucred cr;
	js_socklen_t len = sizeof cr;
	CHECK_EQ(js_getsockopt(sv[0], JS_SOL_SOCKET, JS_SO_PEERCRED, &cr, &len), 0);
	CHECK_EQ(cr.pid, js_getpid());
	CHECK_EQ(cr.uid, js_getuid());
	js_close(sv[0]);
	js_close(sv[1]);
}

JT_MAIN(T(t_tcp_round_trip), T(t_socketpair))
