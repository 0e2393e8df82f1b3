#include <libjs/fs.h>
#include "../call.h"

long js_fsetxattr(int fd, const char *name, const void *value, size_t size,
		  int flags)
{
	return JS_SC5(JS_NR_fsetxattr, fd, name, value, size, flags);
}
