/* js_dprintf, js_vdprintf: the engine into a JS_DPRINTF_BUF stack buffer
 * over the fd (a js_out), so short output is one write(2). */
#include <libjs/errno.h>
#include "fmt.h"

int js_vdprintf(int fd, const char *fmt, va_list ap)
{
	char buf[JS_DPRINTF_BUF];
	struct js_out o;
	int r;

	if (!fmt)
		return -JS_EFAULT;
	js_out_init(&o, fd, buf, sizeof buf);
	r = js_out_vprintf(&o, fmt, ap);
	if (r >= 0) {
		int e = js_out_flush(&o);

		if (e < 0)
			r = e;
	}
	return r;
}

int js_dprintf(int fd, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = js_vdprintf(fd, fmt, ap);
	va_end(ap);
	return r;
}
