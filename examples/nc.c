/* nc: a freestanding netcat on libjs (no libc; build with libjs-cc).
 *
 *   nc [-u] [-s ADDR] HOST PORT    connect; send all of stdin, shut down
 *                                  the write side, then copy what the
 *                                  peer sends to stdout until EOF
 *   nc [-u] [-s ADDR] -l PORT      listen (on ADDR, default every
 *                                  address, IPv6 and IPv4), accept one
 *                                  peer, copy it to stdout until EOF,
 *                                  then send stdin and close
 *
 * HOST and ADDR are IPv4 or IPv6 literals.  With -u the transport is
 * UDP: stdin goes out one datagram per read, and an empty datagram
 * stands for EOF (UDP has none of its own; nor any flow control, so a
 * large burst can be dropped by a slow receiver).  Full-duplex copying
 * needs poll and comes with the events API. */
#include <libjs/libjs.h>

#define CHUNK 65536
#define UDP_CHUNK 8192

static char buf[CHUNK];

static int fail(const char *what, long err)
{
	if (err < 0)
		js_dprintf(2, "nc: %s: %s\n", what, js_strerror(err));
	else
		js_dprintf(2, "nc: %s\n", what);
	return 1;
}

static int usage(void)
{
	js_write_str(2, "usage: nc [-u] [-s ADDR] HOST PORT\n"
			"       nc [-u] [-s ADDR] -l PORT\n");
	return 2;
}

/* A decimal port 0..65535, or -1.  Digits only: js_strtoul alone would
 * also take leading space, a sign or an empty string. */
static long parse_port(const char *s)
{
	char *end;
	int err;
	unsigned long v = js_strtoul(s, &end, 10, &err);

	if (*s < '0' || *s > '9' || *end || err || v > 65535)
		return -1;
	return (long)v;
}

/* Every byte of buf[0..n) to the socket (partial sends, no SIGPIPE). */
static long send_all(int fd, const char *p, long n)
{
	while (n > 0) {
		long r = js_send(fd, p, (size_t)n, JS_MSG_NOSIGNAL);

		if (r == -JS_EINTR)
			continue;
		if (r < 0)
			return r;
		p += r;
		n -= r;
	}
	return 0;
}

/* stdin to the socket until EOF; over UDP one datagram per read and an
 * empty datagram at the end. */
static int stdin_to_sock(int fd, int udp)
{
	for (;;) {
		long n = js_read(0, buf, udp ? UDP_CHUNK : CHUNK);

		if (n == -JS_EINTR)
			continue;
		if (n < 0)
			return fail("read stdin", n);
		if (n == 0)
			break;
		long r = udp ? js_send(fd, buf, (size_t)n, 0) : send_all(fd, buf, n);
		if (r < 0)
			return fail("send", r);
	}
	if (udp) {
		long r = js_send(fd, buf, 0, 0);
		return r < 0 ? fail("send", r) : 0;
	}
	return 0;
}

/* The socket to stdout until EOF (TCP) or an empty datagram (UDP). */
static int sock_to_stdout(int fd)
{
	for (;;) {
		long n = js_recv(fd, buf, CHUNK, 0);

		if (n == -JS_EINTR)
			continue;
		if (n < 0)
			return fail("recv", n);
		if (n == 0)
			return 0;
		long w = js_write_all(1, buf, (size_t)n);
		if (w < 0)
			return fail("write stdout", w);
	}
}

static int connect_side(struct js_sockaddr_storage *to, js_socklen_t tolen,
			struct js_sockaddr_storage *from, js_socklen_t fromlen,
			int udp)
{
	long fd = js_socket(to->ss_family,
			    (udp ? JS_SOCK_DGRAM : JS_SOCK_STREAM) | JS_SOCK_CLOEXEC, 0);

	if (fd < 0)
		return fail("socket", fd);
	if (fromlen) {
		long r = js_bind((int)fd, (struct js_sockaddr *)from, fromlen);
		if (r < 0)
			return fail("bind", r);
	}
	long r = js_connect((int)fd, (struct js_sockaddr *)to, tolen);
	if (r < 0)
		return fail("connect", r);
	if (stdin_to_sock((int)fd, udp))
		return 1;
	if (!udp && (r = js_shutdown((int)fd, JS_SHUT_WR)) < 0)
		return fail("shutdown", r);
	int rc = sock_to_stdout((int)fd);
	js_close((int)fd);
	return rc;
}

/* Over UDP "accepting" is learning the peer from its first datagram and
 * connecting to it, so that recv/send below talk to that peer only. */
static long udp_accept(int fd)
{
	struct js_sockaddr_storage peer;
	js_socklen_t plen = sizeof peer;
	long n = js_recvfrom(fd, buf, CHUNK, 0, (struct js_sockaddr *)&peer, &plen);

	if (n < 0)
		return n;
	long r = js_connect(fd, (struct js_sockaddr *)&peer, plen);
	if (r < 0)
		return r;
	if (n > 0 && (r = js_write_all(1, buf, (size_t)n)) < 0)
		return r;
	return n;
}

/* listen_side's result when the machine lacks the address family. */
#define NO_FAMILY 3

static int listen_side(struct js_sockaddr_storage *at, js_socklen_t atlen, int udp)
{
	int type = (udp ? JS_SOCK_DGRAM : JS_SOCK_STREAM) | JS_SOCK_CLOEXEC;
	long fd = js_socket(at->ss_family, type, 0);
	int one = 1, zero = 0;

	if (fd == -JS_EAFNOSUPPORT)
		return NO_FAMILY;
	if (fd < 0)
		return fail("socket", fd);
	js_setsockopt((int)fd, JS_SOL_SOCKET, JS_SO_REUSEADDR, &one, sizeof one);
	/* The default [::] listens for IPv4 peers too. */
	if (at->ss_family == JS_AF_INET6)
		js_setsockopt((int)fd, JS_IPPROTO_IPV6, JS_IPV6_V6ONLY, &zero, sizeof zero);
	long r = js_bind((int)fd, (struct js_sockaddr *)at, atlen);
	if (r < 0)
		return fail("bind", r);
	if (udp) {
		long n = udp_accept((int)fd);
		if (n < 0)
			return fail("recv", n);
		if (n > 0 && sock_to_stdout((int)fd))
			return 1;
		r = stdin_to_sock((int)fd, 1);
		js_close((int)fd);
		return (int)r;
	}
	if ((r = js_listen((int)fd, 1)) < 0)
		return fail("listen", r);
	long peer = js_accept4((int)fd, 0, 0, JS_SOCK_CLOEXEC);
	if (peer < 0)
		return fail("accept", peer);
	js_close((int)fd);
	if (sock_to_stdout((int)peer) || stdin_to_sock((int)peer, 0))
		return 1;
	js_close((int)peer);
	return 0;
}

int main(int argc, char **argv)
{
	int udp = 0, listening = 0, i = 1;
	const char *local = 0;
	struct js_sockaddr_storage to, from;
	long tolen, fromlen = 0;

	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		if (!js_strcmp(argv[i], "-u"))
			udp = 1;
		else if (!js_strcmp(argv[i], "-l"))
			listening = 1;
		else if (!js_strcmp(argv[i], "-s") && i + 1 < argc)
			local = argv[++i];
		else
			return usage();
	}
	if (argc - i != (listening ? 1 : 2))
		return usage();
	long port = parse_port(argv[argc - 1]);
	if (port < 0)
		return fail("bad port", 0);

	if (listening) {
		fromlen = js_sockaddr_parse(&from, local ? local : "::", (uint16_t)port);
		if (fromlen < 0)
			return fail("bad address (IPv4 or IPv6 literal)", 0);
		int rc = listen_side(&from, (js_socklen_t)fromlen, udp);
		/* No IPv6 on this machine: the default falls back to IPv4. */
		if (rc == NO_FAMILY && !local) {
			fromlen = js_sockaddr_parse(&from, "0.0.0.0", (uint16_t)port);
			rc = listen_side(&from, (js_socklen_t)fromlen, udp);
		}
		return rc == NO_FAMILY ? fail("socket", -JS_EAFNOSUPPORT) : rc;
	}
	tolen = js_sockaddr_parse(&to, argv[i], (uint16_t)port);
	if (tolen < 0)
		return fail("bad host (IPv4 or IPv6 literal)", 0);
	if (local) {
		fromlen = js_sockaddr_parse(&from, local, 0);
		if (fromlen < 0)
			return fail("bad address (IPv4 or IPv6 literal)", 0);
	}
	return connect_side(&to, (js_socklen_t)tolen, &from, (js_socklen_t)fromlen, udp);
}
