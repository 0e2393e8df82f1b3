/* net.h included before glibc's socket headers: glibc's s6_addr macros
 * then redefine ours with identical tokens (no warning under -Werror),
 * and both structures still read the same way. */
#include <libjs/libjs.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <string.h>
#include "host.h"

static void net_h_first_then_glibc(void **state)
{
	(void)state;
	struct js_sockaddr_in6 j;
	struct sockaddr_in6 g;

	assert_int_equal(js_sockaddr_in6_init(&j, 0, 443), sizeof g);
	memset(&g, 0, sizeof g);
	g.sin6_family = AF_INET6;
	g.sin6_port = htons(443);
	assert_int_equal(inet_pton(AF_INET6, "fe80::1", g.sin6_addr.s6_addr), 1);
	assert_int_equal(js_inet_pton(JS_AF_INET6, "fe80::1", j.sin6_addr.s6_addr), 1);
	assert_memory_equal(&g, &j, sizeof g);
	assert_int_equal(j.sin6_addr.s6_addr[0], 0xfe);
	assert_int_equal(j.sin6_addr.s6_addr16[0], htons(0xfe80));
	assert_int_equal(j.sin6_addr.s6_addr32[3], htonl(1));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(net_h_first_then_glibc),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
