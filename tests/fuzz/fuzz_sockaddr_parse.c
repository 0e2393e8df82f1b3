/* js_sockaddr_parse on any text: a literal of either family becomes that
 * family's sockaddr with the port, anything else is -JS_EINVAL and the
 * storage is left alone.  First two bytes: the port; the rest: the text. */
#include <libjs/net.h>
#include <libjs/errno.h>
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	uint16_t port = n >= 2 ? (uint16_t)(d[0] << 8 | d[1]) : 0;
	char *s = fuzz_str(d + (n >= 2 ? 2 : n), n >= 2 ? n - 2 : 0);
	struct js_sockaddr_storage ss;
	uint8_t a4[4], a6[16];
	long r;

	if (!s)
		return 0;
	memset(&ss, 0xa5, sizeof ss);
	r = js_sockaddr_parse(&ss, s, port);
	if (js_inet_pton(JS_AF_INET, s, a4) == 1) {
		const struct js_sockaddr_in *in = (const void *)&ss;

		FUZZ_CHECK(r == (long)sizeof *in && in->sin_family == JS_AF_INET);
		FUZZ_CHECK(!memcmp(&in->sin_addr, a4, 4));
	} else if (js_inet_pton(JS_AF_INET6, s, a6) == 1) {
		const struct js_sockaddr_in6 *in6 = (const void *)&ss;

		FUZZ_CHECK(r == (long)sizeof *in6 && in6->sin6_family == JS_AF_INET6);
		FUZZ_CHECK(!memcmp(&in6->sin6_addr, a6, 16));
	} else {
		FUZZ_CHECK(r == -JS_EINVAL);
		FUZZ_CHECK(((const uint8_t *)&ss)[0] == 0xa5);
	}
	if (r > 0)
		FUZZ_CHECK(js_sockaddr_port((const void *)&ss) == port);
	free(s);
	return 0;
}
