#include <libjs/fs.h>
#include "../call.h"

long js_llistxattr(const char *path, char *list, size_t size)
{
	return JS_SC3(JS_NR_llistxattr, path, list, size);
}
