#include <libjs/fs.h>
#include "../call.h"

long js_getxattr(const char *path, const char *name, void *value, size_t size)
{
	return JS_SC4(JS_NR_getxattr, path, name, value, size);
}
