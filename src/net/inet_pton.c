#include <libjs/string.h>
#include <libjs/net.h>
#include <libjs/errno.h>
#include "inet.h"

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* RFC 4291 section 2.2 text, with glibc's limits: one to four hex digits
 * per group, at most one "::" and only where it stands for at least one
 * zero group, a dotted quad only as the last 32 bits, nothing after it. */
static int parse6(const char *s, const char *end, uint8_t out[16])
{
	uint8_t tmp[16] = { 0 };
	int n = 0, gap = -1, ndig = 0;
	unsigned int val = 0;
	const char *group;

	if (s == end)
		return 0;
	/* A leading colon is only allowed as the first half of "::". */
	if (*s == ':' && (end - s < 2 || s[1] != ':'))
		return 0;
	if (*s == ':')
		s++;
	group = s;
	while (s < end) {
		char c = *s++;
		int d = hexval(c);

		if (d >= 0) {
			if (ndig == 4)
				return 0;
			val = val << 4 | (unsigned int)d;
			ndig++;
		} else if (c == ':') {
			group = s;
			if (ndig == 0) {
				if (gap >= 0)
					return 0;
				gap = n;
				continue;
			}
			if (s == end || n > 14)
				return 0;
			tmp[n++] = (uint8_t)(val >> 8);
			tmp[n++] = (uint8_t)val;
			ndig = 0;
			val = 0;
		} else if (c == '.' && n <= 12 &&
			   js__parse_quad(group, end, tmp + n)) {
			n += 4;
			ndig = 0;
			break;
		} else {
			return 0;
		}
	}
	if (ndig) {
		if (n > 14)
			return 0;
		tmp[n++] = (uint8_t)(val >> 8);
		tmp[n++] = (uint8_t)val;
	}
	if (gap >= 0) {
		int tail = n - gap;

		if (n == 16)
			return 0;
		for (int i = 1; i <= tail; i++) {
			tmp[16 - i] = tmp[n - i];
			tmp[n - i] = 0;
		}
		n = 16;
	}
	if (n != 16)
		return 0;
	for (int i = 0; i < 16; i++)
		out[i] = tmp[i];
	return 1;
}

long js_inet_pton(int af, const char *src, void *dst)
{
	const char *end;

	if (af != JS_AF_INET && af != JS_AF_INET6)
		return -JS_EAFNOSUPPORT;
	if (!src || !dst)
		return -JS_EFAULT;
	end = src + js_strlen(src);
	if (af == JS_AF_INET) {
		uint8_t tmp[4];

		if (!js__parse_quad(src, end, tmp))
			return 0;
		for (int i = 0; i < 4; i++)
			((uint8_t *)dst)[i] = tmp[i];
		return 1;
	}
	return parse6(src, end, dst);
}
