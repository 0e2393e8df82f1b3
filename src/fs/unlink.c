#include <libjs/fs.h>
#include "../call.h"

/* unlink(2).  Generic table: unlinkat(AT_FDCWD, path, 0), the kernel's
 * do_unlinkat() either way. */
long js_unlink(const char *path)
{
#ifdef JS_NR_unlink
	return JS_SC1(JS_NR_unlink, path);
#else
	return JS_SC3(JS_NR_unlinkat, JS_AT_FDCWD, path, 0);
#endif
}
