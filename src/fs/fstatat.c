#include <libjs/fs.h>
#include "../call.h"

long js_fstatat(int dirfd, const char *path, struct js_stat *st, int flags)
{
	return JS_SC4(JS_NR_newfstatat, dirfd, path, st, flags);
}
