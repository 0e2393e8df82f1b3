#include <libjs/string.h>
#include <libjs/errno.h>
#include "strto.h"

long js_strtol(const char *s, char **end, int base, int *err)
{
	int neg, over;
	unsigned long long m = js__strto(s, end, base, &neg, &over);
	/* The limit of the sign: 2^63 - 1, or 2^63 for a '-'. */
	unsigned long long lim = (~0ULL >> 1) + (unsigned long long)neg;

	if (over < 0) {
		if (err)
			*err = over == -1 ? -JS_EINVAL : -JS_EFAULT;
		return 0;
	}
	if (over || m > lim) {
		if (err)
			*err = -JS_ERANGE;
		return neg ? -((long)(~0ULL >> 1)) - 1 : ((long)(~0ULL >> 1));
	}
	if (err)
		*err = 0;
	return neg ? (long)(0 - m) : (long)m;
}
