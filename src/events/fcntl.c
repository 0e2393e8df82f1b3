#include <stdarg.h>
#include <libjs/events.h>
#include "../call.h"

/* fcntl(2): the third argument's type depends on cmd, and reading a
 * variadic argument as another type than the one passed is undefined, so
 * each command's argument is fetched as what the kernel expects (do_fcntl
 * in fs/fcntl.c): nothing, a pointer, or an int. */
long js_fcntl(int fd, int cmd, ...)
{
	unsigned long arg = 0;
	va_list ap;

	switch (cmd) {
	case JS_F_GETFD:
	case JS_F_GETFL:
	case JS_F_GETOWN:
	case JS_F_GETSIG:
	case JS_F_GETLEASE:
	case JS_F_GETPIPE_SZ:
	case JS_F_GET_SEALS:
		break;
	case JS_F_DUPFD:
	case JS_F_DUPFD_CLOEXEC:
	case JS_F_SETFD:
	case JS_F_SETFL:
	case JS_F_SETOWN:
	case JS_F_SETSIG:
	case JS_F_SETLEASE:
	case JS_F_NOTIFY:
	case JS_F_CANCELLK:
	case JS_F_SETPIPE_SZ:
	case JS_F_ADD_SEALS:
		va_start(ap, cmd);
		/* Through unsigned int: the kernel reads flag words such as
		 * DN_MULTISHOT (bit 31) as unsigned, never sign-extended. */
		arg = (unsigned int)va_arg(ap, int);
		va_end(ap);
		break;
	default:
		va_start(ap, cmd);
		arg = (unsigned long)va_arg(ap, void *);
		va_end(ap);
		break;
	}
	return JS_SC3(JS_NR_fcntl, fd, cmd, arg);
}
