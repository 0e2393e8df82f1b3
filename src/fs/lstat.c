#include <libjs/fs.h>
#include "../call.h"

/* lstat(2).  Without an lstat syscall (generic table) it is newfstatat
 * with AT_FDCWD and AT_SYMLINK_NOFOLLOW, which is what the kernel's
 * vfs_lstat() does. */
long js_lstat(const char *path, struct js_stat *st)
{
#ifdef JS_NR_lstat
	return JS_SC2(JS_NR_lstat, path, st);
#else
	return JS_SC4(JS_NR_newfstatat, JS_AT_FDCWD, path, st,
		      JS_AT_SYMLINK_NOFOLLOW);
#endif
}
