#include <libjs/string.h>

void *js_memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned char ch = (unsigned char)c;

	for (; n; n--, p++)
		if (*p == ch)
			return (void *)p;
	return NULL;
}
