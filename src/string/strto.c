/* The one digits reader of js_strtol, js_strtoul, js_strtoll and
 * js_strtoull (C11 7.22.1.4); each of them only clamps to its type. */
#include <stddef.h>
#include "strto.h"

static int digit(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;	/* A-Z to a-z */
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	return 99;
}

unsigned long long js__strto(const char *s, char **end, int base, int *neg, int *over)
{
	const unsigned char *p = (const unsigned char *)s, *first;
	unsigned long long v = 0;

	*neg = 0;
	*over = 0;
	if (!s) {	/* as a bad base, but -JS_EFAULT */
		if (end)
			*end = NULL;
		*over = -2;
		return 0;
	}
	if (base < 0 || base == 1 || base > 36) {
		if (end)
			*end = (char *)s;
		*over = -1;
		return 0;
	}
	while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
		p++;
	if (*p == '-' || *p == '+')
		*neg = *p++ == '-';
	/* "0x" counts as a prefix only with a hex digit after it; otherwise
	 * the '0' alone is the number. */
	if ((base == 0 || base == 16) && p[0] == '0' && (p[1] | 0x20) == 'x' &&
	    digit(p[2]) < 16) {
		p += 2;
		base = 16;
	} else if (base == 0) {
		base = *p == '0' ? 8 : 10;
	}
	first = p;
	for (;; p++) {
		unsigned int d = (unsigned int)digit(*p);

		if (d >= (unsigned int)base)
			break;
		if (v > (~0ULL - d) / (unsigned int)base)
			*over = 1;
		else
			v = v * (unsigned int)base + d;
	}
	if (end)
		*end = (char *)(p == first ? s : (const char *)p);
	return v;
}
