#include <libjs/fs.h>
#include "../call.h"

long js_lsetxattr(const char *path, const char *name, const void *value,
		 size_t size, int flags)
{
	return JS_SC5(JS_NR_lsetxattr, path, name, value, size, flags);
}
