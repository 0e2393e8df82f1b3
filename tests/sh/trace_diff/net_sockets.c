/* Differential trace program (tests/sh/test_trace_diff.sh), network
 * domain: loopback TCP and UDP over IPv4 and IPv6 (an IPv4-mapped peer
 * included), socket options by level, the addresses the kernel writes
 * (getsockname, getpeername, accept4, recvfrom), and the errors a few
 * misuses give.  Loopback only, bounded by alarm(20). */
#include <libjs/libjs.h>

static void tcp4(void)
{
	struct js_sockaddr_in a, b;
	js_socklen_t len;
	int one = 1, v = 0;
	js_socklen_t vl = sizeof v;
	struct js_linger lg = { 1, 5 };
	struct js_timeval tv = { 3, 500 };
	char buf[64];
	long l, c, s;

	l = js_socket(JS_AF_INET, JS_SOCK_STREAM | JS_SOCK_CLOEXEC, 0);
	js_setsockopt((int)l, JS_SOL_SOCKET, JS_SO_REUSEADDR, &one, sizeof one);
	js_setsockopt((int)l, JS_SOL_SOCKET, JS_SO_KEEPALIVE, &one, sizeof one);
	js_sockaddr_in_init(&a, JS_INADDR_LOOPBACK, 0);
	js_bind((int)l, (struct js_sockaddr *)&a, sizeof a);
	len = sizeof a;
	js_getsockname((int)l, (struct js_sockaddr *)&a, &len);
	js_listen((int)l, 8);
	js_getsockopt((int)l, JS_SOL_SOCKET, JS_SO_ACCEPTCONN, &v, &vl);
	vl = sizeof v;
	js_getsockopt((int)l, JS_SOL_SOCKET, JS_SO_TYPE, &v, &vl);

	c = js_socket(JS_AF_INET, JS_SOCK_STREAM, JS_IPPROTO_TCP);
	js_setsockopt((int)c, JS_IPPROTO_TCP, JS_TCP_NODELAY, &one, sizeof one);
	js_setsockopt((int)c, JS_SOL_SOCKET, JS_SO_LINGER, &lg, sizeof lg);
	js_setsockopt((int)c, JS_SOL_SOCKET, JS_SO_RCVTIMEO, &tv, sizeof tv);
	vl = sizeof v;
	js_getsockopt((int)c, JS_IPPROTO_TCP, JS_TCP_NODELAY, &v, &vl);
	vl = sizeof lg;
	js_getsockopt((int)c, JS_SOL_SOCKET, JS_SO_LINGER, &lg, &vl);
	js_connect((int)c, (struct js_sockaddr *)&a, sizeof a);
	len = sizeof b;
	s = js_accept4((int)l, (struct js_sockaddr *)&b, &len, JS_SOCK_NONBLOCK | JS_SOCK_CLOEXEC);
	len = sizeof b;
	js_getpeername((int)s, (struct js_sockaddr *)&b, &len);
	len = sizeof b;
	js_getsockname((int)c, (struct js_sockaddr *)&b, &len);
	vl = sizeof v;
	js_getsockopt((int)c, JS_SOL_SOCKET, JS_SO_ERROR, &v, &vl);
	js_sendto((int)c, "hello over tcp\n", 15, 0, 0, 0);
	js_recvfrom((int)s, buf, sizeof buf, 0, 0, 0);
	js_sendto((int)s, "back", 4, JS_MSG_NOSIGNAL | JS_MSG_DONTWAIT, 0, 0);
	js_recvfrom((int)c, buf, sizeof buf, JS_MSG_PEEK, 0, 0);
	js_recvfrom((int)c, buf, 2, JS_MSG_WAITALL, 0, 0);
	js_recvfrom((int)s, buf, sizeof buf, JS_MSG_DONTWAIT, 0, 0);
	js_shutdown((int)c, JS_SHUT_WR);
	js_recvfrom((int)s, buf, sizeof buf, 0, 0, 0);
	js_shutdown((int)s, JS_SHUT_RDWR);
	/* A short address buffer: the kernel says how long it really was. */
	len = 8;
	js_getpeername((int)c, (struct js_sockaddr *)&b, &len);
	js_close((int)s);
	js_close((int)c);
	/* Errors: a second bind on the port, a connect nobody accepts. */
	c = js_socket(JS_AF_INET, JS_SOCK_STREAM, 0);
	js_bind((int)c, (struct js_sockaddr *)&a, sizeof a);
	js_close((int)l);
	js_connect((int)c, (struct js_sockaddr *)&a, sizeof a);
	js_getpeername((int)c, (struct js_sockaddr *)&b, &len);
	js_close((int)c);
	js_listen(-1, 1);
	js_shutdown(0, 7);
}

static void udp4(void)
{
	struct js_sockaddr_in a, from;
	js_socklen_t len;
	int v = 65536, ttl = 9;
	char buf[32];
	long r, t;

	r = js_socket(JS_AF_INET, JS_SOCK_DGRAM | JS_SOCK_NONBLOCK, 0);
	js_sockaddr_in_init(&a, JS_INADDR_LOOPBACK, 0);
	js_bind((int)r, (struct js_sockaddr *)&a, sizeof a);
	len = sizeof a;
	js_getsockname((int)r, (struct js_sockaddr *)&a, &len);
	js_setsockopt((int)r, JS_SOL_SOCKET, JS_SO_RCVBUF, &v, sizeof v);
	t = js_socket(JS_AF_INET, JS_SOCK_DGRAM, JS_IPPROTO_UDP);
	js_setsockopt((int)t, JS_IPPROTO_IP, JS_IP_TTL, &ttl, sizeof ttl);
	js_sendto((int)t, "dgram\0\001", 7, 0, (struct js_sockaddr *)&a, sizeof a);
	len = sizeof from;
	js_recvfrom((int)r, buf, sizeof buf, 0, (struct js_sockaddr *)&from, &len);
	js_recvfrom((int)r, buf, sizeof buf, 0, (struct js_sockaddr *)&from, &len);
	js_close((int)t);
	js_close((int)r);
}

static void six(void)
{
	struct js_sockaddr_in6 a, b;
	struct js_sockaddr_in4 { int x; } __attribute__((unused));
	struct js_sockaddr_in a4;
	struct js_in6_addr lo = JS_IN6ADDR_LOOPBACK_INIT;
	js_socklen_t len;
	int zero = 0, one = 1;
	char buf[32];
	long r, t, l, c, s;

	/* Dual stack: an IPv4 sender is seen as ::ffff:127.0.0.1. */
	r = js_socket(JS_AF_INET6, JS_SOCK_DGRAM, 0);
	js_setsockopt((int)r, JS_IPPROTO_IPV6, JS_IPV6_V6ONLY, &zero, sizeof zero);
	js_sockaddr_in6_init(&a, 0, 0);
	js_bind((int)r, (struct js_sockaddr *)&a, sizeof a);
	len = sizeof a;
	js_getsockname((int)r, (struct js_sockaddr *)&a, &len);
	t = js_socket(JS_AF_INET, JS_SOCK_DGRAM, 0);
	js_sockaddr_in_init(&a4, JS_INADDR_LOOPBACK, js_ntohs(a.sin6_port));
	js_sendto((int)t, "mapped", 6, 0, (struct js_sockaddr *)&a4, sizeof a4);
	len = sizeof b;
	js_recvfrom((int)r, buf, sizeof buf, 0, (struct js_sockaddr *)&b, &len);
	js_close((int)t);
	js_close((int)r);

	/* TCP over ::1. */
	l = js_socket(JS_AF_INET6, JS_SOCK_STREAM, 0);
	js_setsockopt((int)l, JS_IPPROTO_IPV6, JS_IPV6_V6ONLY, &one, sizeof one);
	js_sockaddr_in6_init(&a, &lo, 0);
	js_bind((int)l, (struct js_sockaddr *)&a, sizeof a);
	len = sizeof a;
	js_getsockname((int)l, (struct js_sockaddr *)&a, &len);
	js_listen((int)l, 1);
	c = js_socket(JS_AF_INET6, JS_SOCK_STREAM, 0);
	js_connect((int)c, (struct js_sockaddr *)&a, sizeof a);
	len = sizeof b;
	s = js_accept4((int)l, (struct js_sockaddr *)&b, &len, 0);
	js_sendto((int)s, "six", 3, 0, 0, 0);
	js_recvfrom((int)c, buf, sizeof buf, 0, 0, 0);
	js_close((int)s);
	js_close((int)c);
	js_close((int)l);
}

int main(void)
{
	js_alarm(20);
	tcp4();
	udp4();
	six();
	return 0;
}
