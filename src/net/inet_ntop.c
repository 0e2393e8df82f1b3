#include <libjs/net.h>
#include <libjs/errno.h>
#include "inet.h"
#include "../fmt/fmt.h"

/* The canonical text of a 16-byte address (RFC 5952 as glibc writes it),
 * no NUL; returns the length (at most 45). */
static int format6(const uint8_t *a, char *p)
{
	unsigned int w[8];
	int best = -1, bestlen = 0, run = -1;
	char *start = p;

	for (int i = 0; i < 8; i++)
		w[i] = (unsigned int)a[2 * i] << 8 | a[2 * i + 1];
	/* The longest run of zero groups; the first wins a tie, and a
	 * single zero group is written as 0, not ::. */
	for (int i = 0; i <= 8; i++) {
		if (i < 8 && w[i] == 0) {
			if (run < 0)
				run = i;
		} else if (run >= 0) {
			if (i - run > bestlen) {
				best = run;
				bestlen = i - run;
			}
			run = -1;
		}
	}
	if (bestlen < 2)
		best = -1;
	for (int i = 0; i < 8; i++) {
		if (best >= 0 && i >= best && i < best + bestlen) {
			if (i == best)
				*p++ = ':';
			continue;
		}
		if (i)
			*p++ = ':';
		/* IPv4-compatible (::a.b.c.d) and IPv4-mapped
		 * (::ffff:a.b.c.d) addresses end in a dotted quad. */
		if (i == 6 && best == 0 &&
		    (bestlen == 6 || (bestlen == 5 && w[5] == 0xffff)))
			return (int)(p - start) + js__format_quad(a + 12, p);
		{
			char t[4], *q = js__utoa(t + 4, w[i], 16);

			while (q < t + 4)
				*p++ = *q++;
		}
	}
	if (best >= 0 && best + bestlen == 8)
		*p++ = ':';
	return (int)(p - start);
}

long js_inet_ntop(int af, const void *src, char *dst, js_socklen_t size)
{
	char tmp[JS_INET6_ADDRSTRLEN];
	int len;

	if (af != JS_AF_INET && af != JS_AF_INET6)
		return -JS_EAFNOSUPPORT;
	if (!src || !dst)
		return -JS_EFAULT;
	len = af == JS_AF_INET ? js__format_quad(src, tmp) : format6(src, tmp);
	if ((js_socklen_t)len >= size)
		return -JS_ENOSPC;
	for (int i = 0; i < len; i++)
		dst[i] = tmp[i];
	dst[len] = 0;
	return len;
}
