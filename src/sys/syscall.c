/* js_syscall: the JavaScript libjs's sys.syscall(cmd, ...args), for calls libjs does
 * not wrap.  The js_syscall macro (sys.h) calls js__syscallN with every
 * argument already a long; the variadic function, kept for calls through
 * a pointer, always reads six, as syscall(2) implementations do (the kernel
 * ignores the ones a call does not take). */
#include <stdarg.h>
#include "../call.h"

long(js_syscall)(long nr, ...)
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

long js__syscall0(long nr)
{
	return JS_SC0(nr);
}

long js__syscall1(long nr, long a)
{
	return JS_SC1(nr, a);
}

long js__syscall2(long nr, long a, long b)
{
	return JS_SC2(nr, a, b);
}

long js__syscall3(long nr, long a, long b, long c)
{
	return JS_SC3(nr, a, b, c);
}

long js__syscall4(long nr, long a, long b, long c, long d)
{
	return JS_SC4(nr, a, b, c, d);
}

long js__syscall5(long nr, long a, long b, long c, long d, long e)
{
	return JS_SC5(nr, a, b, c, d, e);
}

long js__syscall6(long nr, long a, long b, long c, long d, long e, long f)
{
	return JS_SC6(nr, a, b, c, d, e, f);
}
