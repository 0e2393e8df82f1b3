#include <libjs/fs.h>
#include "../call.h"

/* lchown(2).  Generic table: fchownat(AT_FDCWD, ..., AT_SYMLINK_NOFOLLOW),
 * the kernel's do_fchownat() with the same arguments. */
long js_lchown(const char *path, unsigned int owner, unsigned int group)
{
#ifdef JS_NR_lchown
	return JS_SC3(JS_NR_lchown, path, owner, group);
#else
	return JS_SC5(JS_NR_fchownat, JS_AT_FDCWD, path, owner, group,
		      JS_AT_SYMLINK_NOFOLLOW);
#endif
}
