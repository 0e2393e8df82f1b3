/* js_inet_pton on any text, against glibc's inet_pton(3), whose rules it
 * follows (docs/api.md, "Sockets"): same decision and same bytes.  An address it
 * accepts also survives js_inet_ntop and back.  First byte: the family
 * (even AF_INET, odd AF_INET6); the rest: the text. */
#include <arpa/inet.h>
#include <libjs/net.h>
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	int six = n && (d[0] & 1);
	char *s = fuzz_str(d + (n > 0), n ? n - 1 : 0);
	uint8_t js[16], gl[16], back[16];
	char text[JS_INET6_ADDRSTRLEN];
	long r, len;
	int g;

	if (!s)
		return 0;
	r = js_inet_pton(six ? JS_AF_INET6 : JS_AF_INET, s, js);
	g = inet_pton(six ? AF_INET6 : AF_INET, s, gl);
	FUZZ_CHECK(r == g);
	if (r == 1) {
		FUZZ_CHECK(!memcmp(js, gl, six ? 16 : 4));
		len = js_inet_ntop(six ? JS_AF_INET6 : JS_AF_INET, js, text,
				   sizeof text);
		FUZZ_CHECK(len > 0 && (size_t)len < sizeof text);
		FUZZ_CHECK(js_inet_pton(six ? JS_AF_INET6 : JS_AF_INET, text,
					back) == 1);
		FUZZ_CHECK(!memcmp(js, back, six ? 16 : 4));
	}
	free(s);
	return 0;
}
