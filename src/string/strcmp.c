#include <libjs/string.h>

/* C compares as unsigned char (C11 7.24.4). */
int js_strcmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;

	while (*p && *p == *q)
		p++, q++;
	return *p - *q;
}
