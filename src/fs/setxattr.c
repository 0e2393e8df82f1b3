#include <libjs/fs.h>
#include "../call.h"

long js_setxattr(const char *path, const char *name, const void *value,
		 size_t size, int flags)
{
	return JS_SC5(JS_NR_setxattr, path, name, value, size, flags);
}
