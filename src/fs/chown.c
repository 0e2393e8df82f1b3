#include <libjs/fs.h>
#include "../call.h"

/* chown(2).  Generic table: fchownat(AT_FDCWD, path, owner, group, 0),
 * the kernel's do_fchownat() with the same arguments. */
long js_chown(const char *path, unsigned int owner, unsigned int group)
{
#ifdef JS_NR_chown
	return JS_SC3(JS_NR_chown, path, owner, group);
#else
	return JS_SC5(JS_NR_fchownat, JS_AT_FDCWD, path, owner, group, 0);
#endif
}
