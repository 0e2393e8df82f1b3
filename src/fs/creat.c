#include <libjs/fs.h>
#include "../call.h"

/* creat(2); openat(AT_FDCWD, path, O_CREAT|O_WRONLY|O_TRUNC, mode) on the
 * generic table, which is what the kernel's creat does. */
long js_creat(const char *path, unsigned int mode)
{
#ifdef JS_NR_creat
	return JS_SC2(JS_NR_creat, path, mode);
#else
	return JS_SC4(JS_NR_openat, JS_AT_FDCWD, path,
		      JS_O_CREAT | JS_O_WRONLY | JS_O_TRUNC, mode);
#endif
}
