#include <libjs/fs.h>
#include "../call.h"

long js_getdents64(int fd, void *dirp, size_t count)
{
	return JS_SC3(JS_NR_getdents64, fd, dirp, count);
}
