#include <stdarg.h>
#include <libjs/fs.h>
#include "../call.h"
#include "../internal.h"

/* open(2).  The generic table (aarch64, riscv64) has no open: the kernel's
 * open is do_sys_open(AT_FDCWD, ...), exactly openat(AT_FDCWD, ...). */
long js_open(const char *path, int flags, ...)
{
	unsigned int mode = 0;

	JS__OPEN_MODE(mode, flags);
#ifdef JS_NR_open
	return JS_SC3(JS_NR_open, path, flags, mode);
#else
	return JS_SC4(JS_NR_openat, JS_AT_FDCWD, path, flags, mode);
#endif
}
