#include <libjs/fs.h>
#include "../call.h"

long js_readlinkat(int dirfd, const char *path, char *buf, size_t size)
{
	return JS_SC4(JS_NR_readlinkat, dirfd, path, buf, size);
}
