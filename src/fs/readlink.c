#include <libjs/fs.h>
#include "../call.h"

/* readlink(2).  Generic table: readlinkat(AT_FDCWD, ...); the kernel's
 * readlink is do_readlinkat(AT_FDCWD, ...), same errors (EINVAL for a
 * size of 0 or a non-link). */
long js_readlink(const char *path, char *buf, size_t size)
{
#ifdef JS_NR_readlink
	return JS_SC3(JS_NR_readlink, path, buf, size);
#else
	return JS_SC4(JS_NR_readlinkat, JS_AT_FDCWD, path, buf, size);
#endif
}
