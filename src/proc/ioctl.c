#include <stdarg.h>
#include <libjs/proc.h>
#include "../call.h"

/* ioctl(2): the third argument is whatever the request wants (a pointer
 * or an integer) and the kernel reads a word; requests without one ignore
 * it, as with libc's ioctl. */
long js_ioctl(int fd, unsigned long request, ...)
{
	va_list ap;
	unsigned long arg;

	va_start(ap, request);
	arg = va_arg(ap, unsigned long);
	va_end(ap);
	return JS_SC3(JS_NR_ioctl, fd, request, arg);
}
