#include <libjs/fs.h>
#include "../call.h"

/* symlink(2).  Generic table: symlinkat(target, AT_FDCWD, linkpath). */
long js_symlink(const char *target, const char *linkpath)
{
#ifdef JS_NR_symlink
	return JS_SC2(JS_NR_symlink, target, linkpath);
#else
	return JS_SC3(JS_NR_symlinkat, target, JS_AT_FDCWD, linkpath);
#endif
}
