#include <libjs/fs.h>
#include "../call.h"

long js_flistxattr(int fd, char *list, size_t size)
{
	return JS_SC3(JS_NR_flistxattr, fd, list, size);
}
