#include <libjs/fs.h>
#include "../call.h"

/* stat(2).  Without a stat syscall (generic table) it is newfstatat with
 * AT_FDCWD and no flags: the kernel's stat is vfs_stat(), which is
 * vfs_fstatat(AT_FDCWD, path, 0), and both fill the same struct stat. */
long js_stat(const char *path, struct js_stat *st)
{
#ifdef JS_NR_stat
	return JS_SC2(JS_NR_stat, path, st);
#else
	return JS_SC4(JS_NR_newfstatat, JS_AT_FDCWD, path, st, 0);
#endif
}
