/* js_snprintf, js_vsnprintf: the engine (vfmt.c) into a bounded buffer. */
#include <libjs/errno.h>
#include "fmt.h"

int js_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	char dummy;
	struct js__fsink s = { &dummy, &dummy, 0, 0 };
	int r;

	if (!fmt || (!buf && size))
		return -JS_EFAULT;
	if (size) {	/* room for size - 1 bytes and the NUL */
		s.p = buf;
		s.end = buf + (size - 1);
	}
	r = js__vfmt(&s, fmt, ap);
	if (size)
		*s.p = 0;
	if (r < 0)
		return r;
	return s.n > 0x7fffffff ? -JS_EOVERFLOW : (int)s.n;
}

int js_snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = js_vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return r;
}
