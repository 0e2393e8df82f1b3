/* The control-message walk (js_cmsg_firsthdr, js_cmsg_nxthdr) over any
 * bytes as msg_control, as a message received from anyone would be: every
 * header handed out lies inside the buffer with the cmsg_len bytes it
 * announces, the walk moves forward and ends.  The buffer is a heap block
 * of exactly msg_controllen bytes, so ASan sees any read past it. */
#include <libjs/net.h>
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	/* malloc's alignment, as a real control buffer has. */
	unsigned char *b = malloc(n ? n : 1);
	struct js_msghdr m = { 0 };
	const struct js_cmsghdr *c, *prev = 0;
	int steps = 0;

	if (!b)
		return 0;
	memcpy(b, d, n);
	m.msg_control = b;
	m.msg_controllen = n;
	for (c = js_cmsg_firsthdr(&m); c; c = js_cmsg_nxthdr(&m, c)) {
		size_t off = (size_t)((const unsigned char *)c - b);

		FUZZ_CHECK(off + sizeof *c <= n);
		FUZZ_CHECK(c->cmsg_len <= n - off);
		FUZZ_CHECK(!prev || c > prev);
		/* The data a reader would take: inside the buffer. */
		if (c->cmsg_len >= JS_CMSG_LEN(0))
			FUZZ_CHECK(js_cmsg_data(c) + (c->cmsg_len - JS_CMSG_LEN(0)) <= b + n);
		prev = c;
		FUZZ_CHECK(++steps <= (int)(n / sizeof *c) + 1);
	}
	free(b);
	return 0;
}
