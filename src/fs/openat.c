#include <stdarg.h>
#include <libjs/fs.h>
#include "../call.h"
#include "../internal.h"

/* openat(2). */
long js_openat(int dirfd, const char *path, int flags, ...)
{
	unsigned int mode = 0;

	JS__OPEN_MODE(mode, flags);
	return JS_SC4(JS_NR_openat, dirfd, path, flags, mode);
}
