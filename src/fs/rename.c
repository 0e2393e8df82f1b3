#include <libjs/fs.h>
#include "../call.h"

/* rename(2).  The generic table has no rename; aarch64 keeps renameat,
 * riscv64 has only renameat2, which with flags 0 is renameat (the kernel
 * routes all three to do_renameat2(..., 0)). */
long js_rename(const char *oldpath, const char *newpath)
{
#if defined(JS_NR_rename)
	return JS_SC2(JS_NR_rename, oldpath, newpath);
#elif defined(JS_NR_renameat)
	return JS_SC4(JS_NR_renameat, JS_AT_FDCWD, oldpath, JS_AT_FDCWD, newpath);
#else
	return JS_SC5(JS_NR_renameat2, JS_AT_FDCWD, oldpath, JS_AT_FDCWD, newpath, 0);
#endif
}
