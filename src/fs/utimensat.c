#include <libjs/fs.h>
#include "../call.h"

long js_utimensat(int dirfd, const char *path, const struct js_timespec times[2], int flags)
{
	return JS_SC4(JS_NR_utimensat, dirfd, path, times, flags);
}
