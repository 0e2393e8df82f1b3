/* TCP over 127.0.0.1 and ::1 with libjs's calls only (glibc's poll and
 * fcntl look on): port 0 and getsockname, data both ways, SHUT_WR seen
 * as EOF, accept4's flags, nonblocking accept, and the errors a caller
 * meets: refused, address in use, EPIPE, EBADF, EFAULT, EINVAL. */
#include <fcntl.h>
#include <signal.h>
#include "net_test.h"

struct conn {
	int l, c, s;    /* listener, client, accepted server side */
	struct js_sockaddr_storage laddr;
	js_socklen_t llen;
};

static void open_conn(int af, struct conn *k)
{
	struct js_sockaddr_storage peer, local;
	js_socklen_t plen = sizeof peer, clen = sizeof local;

	k->l = bound_socket(af, JS_SOCK_STREAM | JS_SOCK_NONBLOCK, &k->laddr, &k->llen);
	assert_int_equal(js_listen(k->l, 8), 0);
	k->c = (int)js_socket(af, JS_SOCK_STREAM, 0);
	assert_true(k->c >= 0);
	assert_int_equal(js_connect(k->c, (struct js_sockaddr *)&k->laddr, k->llen), 0);
	wait_readable(k->l);
	k->s = (int)js_accept4(k->l, (struct js_sockaddr *)&peer, &plen,
			       JS_SOCK_NONBLOCK | JS_SOCK_CLOEXEC);
	assert_true(k->s >= 0);
	/* The accepted socket carries both flags; the listener's own
	 * O_NONBLOCK is not inherited by accept, the flags are what set it. */
	assert_true(fcntl(k->s, F_GETFL) & O_NONBLOCK);
	assert_true(fcntl(k->s, F_GETFD) & FD_CLOEXEC);
	/* accept4 wrote the peer's address and its real length. */
	assert_int_equal(js_getsockname(k->c, (struct js_sockaddr *)&local, &clen), 0);
	assert_int_equal(plen, clen);
	same_address(&peer, &local, plen);
	/* And the client sees the listener as its peer. */
	plen = sizeof peer;
	assert_int_equal(js_getpeername(k->c, (struct js_sockaddr *)&peer, &plen), 0);
	assert_int_equal(plen, k->llen);
	same_address(&peer, &k->laddr, plen);
}

static void close_conn(struct conn *k)
{
	close(k->c);
	close(k->s);
	close(k->l);
}

static void round_trip(int af)
{
	struct conn k;
	char buf[64];

	open_conn(af, &k);
	assert_int_equal(js_send(k.c, "hello", 5, 0), 5);
	wait_readable(k.s);
	assert_int_equal(js_recv(k.s, buf, sizeof buf, 0), 5);
	assert_memory_equal(buf, "hello", 5);

	assert_int_equal(js_sendto(k.s, "world!", 6, 0, NULL, 0), 6);
	assert_int_equal(js_recvfrom(k.c, buf, 6, JS_MSG_WAITALL, NULL, NULL), 6);
	assert_memory_equal(buf, "world!", 6);

	/* SHUT_WR: the peer reads EOF, and can still answer. */
	assert_int_equal(js_shutdown(k.c, JS_SHUT_WR), 0);
	wait_readable(k.s);
	assert_int_equal(js_recv(k.s, buf, sizeof buf, 0), 0);
	assert_int_equal(js_send(k.s, "bye", 3, 0), 3);
	assert_int_equal(js_recv(k.c, buf, 3, JS_MSG_WAITALL), 3);
	assert_memory_equal(buf, "bye", 3);

	/* Nothing more pending: the nonblocking listener says EAGAIN. */
	assert_int_equal(js_accept(k.l, NULL, NULL), -JS_EAGAIN);
	assert_int_equal(js_accept4(k.l, NULL, NULL, JS_SOCK_CLOEXEC), -JS_EAGAIN);
	/* EOF stays EOF; an empty read that must not block says EAGAIN. */
	assert_int_equal(js_recv(k.s, buf, sizeof buf, 0), 0);
	assert_int_equal(js_recv(k.c, buf, sizeof buf, JS_MSG_DONTWAIT), -JS_EAGAIN);
	close_conn(&k);
}

static void tcp_ipv4(void **state)
{
	(void)state;
	round_trip(JS_AF_INET);
}

static void tcp_ipv6(void **state)
{
	(void)state;
	round_trip(JS_AF_INET6);
}

/* Plain accept(2) with the length pointer the kernel updates (the JavaScript libjs
 * passed it by value), and accept4 without flags gives neither flag. */
static void accept_updates_length(void **state)
{
	(void)state;
	struct js_sockaddr_storage laddr, peer;
	js_socklen_t llen, plen;
	int l = bound_socket(JS_AF_INET, JS_SOCK_STREAM, &laddr, &llen);

	assert_int_equal(js_listen(l, 4), 0);
	int c1 = (int)js_socket(JS_AF_INET, JS_SOCK_STREAM, 0);
	int c2 = (int)js_socket(JS_AF_INET, JS_SOCK_STREAM, 0);
	assert_int_equal(js_connect(c1, (struct js_sockaddr *)&laddr, llen), 0);
	assert_int_equal(js_connect(c2, (struct js_sockaddr *)&laddr, llen), 0);
	plen = sizeof peer;
	int s1 = (int)js_accept(l, (struct js_sockaddr *)&peer, &plen);
	assert_true(s1 >= 0);
	assert_int_equal(plen, sizeof(struct js_sockaddr_in));
	assert_int_equal(peer.ss_family, JS_AF_INET);
	/* A buffer too small for the address: truncated, length still real. */
	plen = 4;
	int s2 = (int)js_accept4(l, (struct js_sockaddr *)&peer, &plen, 0);
	assert_true(s2 >= 0);
	assert_int_equal(plen, sizeof(struct js_sockaddr_in));
	assert_false(fcntl(s2, F_GETFL) & O_NONBLOCK);
	assert_false(fcntl(s2, F_GETFD) & FD_CLOEXEC);
	close(s1); close(s2); close(c1); close(c2); close(l);
}

static void socket_options(void **state)
{
	(void)state;
	int fd = (int)js_socket(JS_AF_INET, JS_SOCK_STREAM, JS_IPPROTO_TCP);
	int one = 1, v = 0;
	js_socklen_t len = sizeof v;
	struct js_linger lg = { 1, 5 }, lg2;

	assert_true(fd >= 0);
	assert_int_equal(js_setsockopt(fd, JS_SOL_SOCKET, JS_SO_REUSEADDR, &one, sizeof one), 0);
	assert_int_equal(js_getsockopt(fd, JS_SOL_SOCKET, JS_SO_REUSEADDR, &v, &len), 0);
	assert_int_equal(v, 1);
	assert_int_equal(len, sizeof v);
	assert_int_equal(js_setsockopt(fd, JS_IPPROTO_TCP, JS_TCP_NODELAY, &one, sizeof one), 0);
	len = sizeof v;
	assert_int_equal(js_getsockopt(fd, JS_SOL_TCP, JS_TCP_NODELAY, &v, &len), 0);
	assert_true(v != 0);
	assert_int_equal(js_setsockopt(fd, JS_SOL_SOCKET, JS_SO_LINGER, &lg, sizeof lg), 0);
	len = sizeof lg2;
	assert_int_equal(js_getsockopt(fd, JS_SOL_SOCKET, JS_SO_LINGER, &lg2, &len), 0);
	assert_int_equal(len, sizeof lg2);
	assert_int_equal(lg2.l_onoff, 1);
	assert_int_equal(lg2.l_linger, 5);
	len = sizeof v;
	assert_int_equal(js_getsockopt(fd, JS_SOL_SOCKET, JS_SO_TYPE, &v, &len), 0);
	assert_int_equal(v, JS_SOCK_STREAM);
	len = sizeof v;
	assert_int_equal(js_getsockopt(fd, JS_SOL_SOCKET, JS_SO_DOMAIN, &v, &len), 0);
	assert_int_equal(v, JS_AF_INET);
	len = sizeof v;
	assert_int_equal(js_getsockopt(fd, JS_SOL_SOCKET, JS_SO_ACCEPTCONN, &v, &len), 0);
	assert_int_equal(v, 0);
	assert_int_equal(js_setsockopt(fd, JS_SOL_SOCKET, JS_SO_REUSEADDR, NULL, sizeof one), -JS_EFAULT);
	assert_int_equal(js_setsockopt(fd, JS_SOL_SOCKET, JS_SO_REUSEADDR, &one, 1), -JS_EINVAL);
	close(fd);
}

static void error_cases(void **state)
{
	(void)state;
	struct js_sockaddr_storage a, b;
	js_socklen_t alen, blen;
	char buf[8];

	/* A port that is bound but not listening: refused. */
	int quiet = bound_socket(JS_AF_INET, JS_SOCK_STREAM, &a, &alen);
	int c = (int)js_socket(JS_AF_INET, JS_SOCK_STREAM, 0);
	assert_int_equal(js_connect(c, (struct js_sockaddr *)&a, alen), -JS_ECONNREFUSED);
	close(c);

	/* The same port again: in use. */
	c = (int)js_socket(JS_AF_INET, JS_SOCK_STREAM, 0);
	assert_int_equal(js_bind(c, (struct js_sockaddr *)&a, alen), -JS_EADDRINUSE);

	/* NULL address, too-short length. */
	assert_int_equal(js_connect(c, NULL, sizeof(struct js_sockaddr_in)), -JS_EFAULT);
	assert_int_equal(js_bind(c, NULL, sizeof(struct js_sockaddr_in)), -JS_EFAULT);
	blen = sizeof b;
	assert_int_equal(js_getsockname(c, NULL, &blen), -JS_EFAULT);
	assert_int_equal(js_getsockname(c, (struct js_sockaddr *)&b, NULL), -JS_EFAULT);
	assert_int_equal(js_bind(c, (struct js_sockaddr *)&a, sizeof(struct js_sockaddr_in) - 1), -JS_EINVAL);
	assert_int_equal(js_connect(c, (struct js_sockaddr *)&a, 2), -JS_EINVAL);
	/* An unconnected stream socket: the write fails, without SIGPIPE. */
	assert_int_equal(js_sendto(c, "x", 1, JS_MSG_NOSIGNAL, (struct js_sockaddr *)&a, 0), -JS_EPIPE);
	/* Not connected: getpeername has no peer. */
	blen = sizeof b;
	assert_int_equal(js_getpeername(c, (struct js_sockaddr *)&b, &blen), -JS_ENOTCONN);
	close(c);
	close(quiet);

	/* Bad descriptors. */
	assert_int_equal(js_socket(12345, JS_SOCK_STREAM, 0), -JS_EAFNOSUPPORT);
	assert_int_equal(js_connect(-1, (struct js_sockaddr *)&a, alen), -JS_EBADF);
	assert_int_equal(js_bind(-1, (struct js_sockaddr *)&a, alen), -JS_EBADF);
	assert_int_equal(js_listen(-1, 1), -JS_EBADF);
	assert_int_equal(js_accept(-1, NULL, NULL), -JS_EBADF);
	assert_int_equal(js_accept4(-1, NULL, NULL, 0), -JS_EBADF);
	assert_int_equal(js_send(-1, "x", 1, 0), -JS_EBADF);
	assert_int_equal(js_recv(-1, buf, 1, 0), -JS_EBADF);
	assert_int_equal(js_shutdown(-1, JS_SHUT_RDWR), -JS_EBADF);
	assert_int_equal(js_setsockopt(-1, JS_SOL_SOCKET, JS_SO_REUSEADDR, buf, 4), -JS_EBADF);
	/* A descriptor that is not a socket. */
	int p[2];
	assert_int_equal(pipe(p), 0);
	assert_int_equal(js_listen(p[0], 1), -JS_ENOTSOCK);
	assert_int_equal(js_send(p[1], "x", 1, 0), -JS_ENOTSOCK);
	close(p[0]);
	close(p[1]);
}

/* A peer that has closed: the write that finds it gone gives -EPIPE
 * under MSG_NOSIGNAL, and no SIGPIPE reaches us (it would kill the
 * test: SIGPIPE stays at its default action here). */
static void send_to_closed_peer(void **state)
{
	(void)state;
	struct conn k;
	long r = 0;
	char buf[8];

	signal(SIGPIPE, SIG_DFL);
	open_conn(JS_AF_INET, &k);
	close(k.s);
	/* The first write may still be accepted (the peer answers it with
	 * RST); a later one finds the connection gone. */
	for (int i = 0; i < 100 && r >= 0; i++) {
		r = js_send(k.c, "x", 1, JS_MSG_NOSIGNAL);
		if (r >= 0)
			usleep(2000);
	}
	assert_int_equal(r, -JS_EPIPE);
	/* A write side shut down locally fails the same way, at once. */
	int c = (int)js_socket(JS_AF_INET, JS_SOCK_STREAM, 0);
	assert_int_equal(js_connect(c, (struct js_sockaddr *)&k.laddr, k.llen), 0);
	assert_int_equal(js_shutdown(c, JS_SHUT_WR), 0);
	assert_int_equal(js_send(c, "x", 1, JS_MSG_NOSIGNAL), -JS_EPIPE);
	(void)buf;
	close(c);
	close(k.c);
	close(k.l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(tcp_ipv4),
		cmocka_unit_test(tcp_ipv6),
		cmocka_unit_test(accept_updates_length),
		cmocka_unit_test(socket_options),
		cmocka_unit_test(error_cases),
		cmocka_unit_test(send_to_closed_peer),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
