#include <libjs/fs.h>
#include "../call.h"

long js_fgetxattr(int fd, const char *name, void *value, size_t size)
{
	return JS_SC4(JS_NR_fgetxattr, fd, name, value, size);
}
