#include <libjs/fs.h>
#include "../call.h"

long js_listxattr(const char *path, char *list, size_t size)
{
	return JS_SC3(JS_NR_listxattr, path, list, size);
}
