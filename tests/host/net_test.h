/* Helpers shared by the socket tests (host, next to glibc). */
#ifndef LIBJS_TESTS_NET_TEST_H
#define LIBJS_TESTS_NET_TEST_H
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "host.h"
#include <libjs/libjs.h>

/* Waits (at most 5 s) until fd is readable: loopback delivery is almost
 * always synchronous, but a test must not depend on "almost". */
static inline void wait_readable(int fd)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };
	assert_int_equal(poll(&p, 1, 5000), 1);
}

/* The loopback address of family af (127.0.0.1 or ::1), port 0. */
static inline js_socklen_t loopback(int af, struct js_sockaddr_storage *ss)
{
	long n = js_sockaddr_parse(ss, af == JS_AF_INET ? "127.0.0.1" : "::1", 0);
	assert_true(n > 0);
	return (js_socklen_t)n;
}

/* A socket of family af and type bound to loopback port 0, its address
 * (with the port the kernel chose) in *ss.  When af is AF_INET6 and the
 * machine has no ::1, the test is skipped, saying why. */
static inline int bound_socket(int af, int type, struct js_sockaddr_storage *ss,
			       js_socklen_t *len)
{
	long fd = js_socket(af, type, 0);

	if (af == JS_AF_INET6 && fd == -JS_EAFNOSUPPORT) {
		printf("skipped: no IPv6 on this machine (socket: %s)\n", js_errname(fd));
		skip();
	}
	assert_true(fd >= 0);
	*len = loopback(af, ss);
	long r = js_bind((int)fd, (struct js_sockaddr *)ss, *len);
	if (af == JS_AF_INET6 && r == -JS_EADDRNOTAVAIL) {
		close((int)fd);
		printf("skipped: ::1 is not configured (bind: %s)\n", js_errname(r));
		skip();
	}
	assert_int_equal(r, 0);
	js_socklen_t got = sizeof *ss;
	assert_int_equal(js_getsockname((int)fd, (struct js_sockaddr *)ss, &got), 0);
	assert_int_equal(got, *len);
	assert_true(js_sockaddr_port((struct js_sockaddr *)ss) > 0);
	return (int)fd;
}

static inline void same_address(const struct js_sockaddr_storage *a,
				const struct js_sockaddr_storage *b, js_socklen_t len)
{
	assert_int_equal(a->ss_family, b->ss_family);
	assert_memory_equal(a, b, len);
}
#endif
