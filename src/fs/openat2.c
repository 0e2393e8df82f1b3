#include <libjs/fs.h>
#include "../call.h"

long js_openat2(int dirfd, const char *path, const struct js_open_how *how,
		size_t size)
{
	return JS_SC4(JS_NR_openat2, dirfd, path, how, size);
}
