#include <libjs/errno.h>
#include <libjs/fs.h>
#include "../call.h"

/* mknod(2); mknodat(AT_FDCWD, ...) on the generic table. */
long js_mknod(const char *path, unsigned int mode, uint64_t dev)
{
	if (dev > 0xffffffffu)
		return -JS_EINVAL;
#ifdef JS_NR_mknod
	return JS_SC3(JS_NR_mknod, path, mode, (unsigned int)dev);
#else
	return JS_SC4(JS_NR_mknodat, JS_AT_FDCWD, path, mode, (unsigned int)dev);
#endif
}
