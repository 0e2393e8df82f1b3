/* js_syscall: the seed's sys.syscall(cmd, ...args), for calls libjs does
 * not wrap.  Always reads six arguments, as syscall(2) implementations do;
 * the kernel ignores the ones a call does not take. */
#include <stdarg.h>
#include "../call.h"

long js_syscall(long nr, ...)
{
	va_list ap;
	long a, b, c, d, e, f;

	va_start(ap, nr);
	a = va_arg(ap, long);
	b = va_arg(ap, long);
	c = va_arg(ap, long);
	d = va_arg(ap, long);
	e = va_arg(ap, long);
	f = va_arg(ap, long);
	va_end(ap);
	return JS_SC6(nr, a, b, c, d, e, f);
}
