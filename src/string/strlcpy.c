#include <libjs/string.h>

size_t js_strlcpy(char *dst, const char *src, size_t size)
{
	size_t n = js_strlen(src);

	if (size) {
		size_t k = n < size - 1 ? n : size - 1;

		__builtin_memcpy(dst, src, k);
		dst[k] = 0;
	}
	return n;
}
