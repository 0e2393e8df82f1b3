#include <libjs/fs.h>
#include "../call.h"

/* chmod(2).  Generic table: fchmodat(AT_FDCWD, path, mode), the kernel's
 * own do_fchmodat(AT_FDCWD, ...) (follows symlinks, as chmod does). */
long js_chmod(const char *path, unsigned int mode)
{
#ifdef JS_NR_chmod
	return JS_SC2(JS_NR_chmod, path, mode);
#else
	return JS_SC3(JS_NR_fchmodat, JS_AT_FDCWD, path, mode);
#endif
}
