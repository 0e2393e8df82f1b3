#include <libjs/string.h>
#include <libjs/errno.h>
#include "strto.h"

unsigned long long js_strtoull(const char *s, char **end, int base, int *err)
{
	int neg, over;
	unsigned long long m = js__strto(s, end, base, &neg, &over);
	if (over) {
		if (err)
			*err = over == -1 ? -JS_EINVAL : over < 0 ? -JS_EFAULT : -JS_ERANGE;
		return over < 0 ? 0 : (unsigned long long)-1;
	}
	if (err)
		*err = 0;
	return neg ? 0 - (unsigned long long)m : (unsigned long long)m;
}
