#include <libjs/fs.h>
#include "../call.h"

/* link(2).  Generic table: linkat(AT_FDCWD, old, AT_FDCWD, new, 0); flags
 * 0 keeps link's rule of not following a symlink oldpath. */
long js_link(const char *oldpath, const char *newpath)
{
#ifdef JS_NR_link
	return JS_SC2(JS_NR_link, oldpath, newpath);
#else
	return JS_SC5(JS_NR_linkat, JS_AT_FDCWD, oldpath, JS_AT_FDCWD, newpath, 0);
#endif
}
