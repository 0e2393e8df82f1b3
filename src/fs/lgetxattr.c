#include <libjs/fs.h>
#include "../call.h"

long js_lgetxattr(const char *path, const char *name, void *value, size_t size)
{
	return JS_SC4(JS_NR_lgetxattr, path, name, value, size);
}
