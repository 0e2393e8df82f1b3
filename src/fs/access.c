#include <libjs/fs.h>
#include "../call.h"

/* access(2).  Generic table: faccessat(AT_FDCWD, ...) (the kernel's access
 * is do_faccessat(AT_FDCWD, path, mode, 0); the faccessat syscall passes
 * flags 0 too). */
long js_access(const char *path, int mode)
{
#ifdef JS_NR_access
	return JS_SC2(JS_NR_access, path, mode);
#else
	return JS_SC3(JS_NR_faccessat, JS_AT_FDCWD, path, mode);
#endif
}
