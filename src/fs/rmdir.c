#include <libjs/fs.h>
#include "../call.h"

/* rmdir(2).  Generic table: unlinkat(AT_FDCWD, path, AT_REMOVEDIR), which
 * the kernel routes to the same do_rmdir(). */
long js_rmdir(const char *path)
{
#ifdef JS_NR_rmdir
	return JS_SC1(JS_NR_rmdir, path);
#else
	return JS_SC3(JS_NR_unlinkat, JS_AT_FDCWD, path, JS_AT_REMOVEDIR);
#endif
}
