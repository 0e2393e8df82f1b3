#include <stdarg.h>
#include <libjs/fs.h>
#include "../call.h"

/* open(2): the mode argument exists only when the flags can create a file
 * (O_CREAT, O_TMPFILE); reading it otherwise would read a register the
 * caller never set, so it is only fetched then, as glibc does.
 * The generic table (aarch64, riscv64) has no open: the kernel's open is
 * do_sys_open(AT_FDCWD, ...), exactly openat(AT_FDCWD, ...). */
long js_open(const char *path, int flags, ...)
{
	unsigned int mode = 0;

	if ((flags & JS_O_CREAT) || (flags & JS_O_TMPFILE) == JS_O_TMPFILE) {
		va_list ap;
		va_start(ap, flags);
		mode = va_arg(ap, unsigned int);
		va_end(ap);
	}
#ifdef JS_NR_open
	return JS_SC3(JS_NR_open, path, flags, mode);
#else
	return JS_SC4(JS_NR_openat, JS_AT_FDCWD, path, flags, mode);
#endif
}
