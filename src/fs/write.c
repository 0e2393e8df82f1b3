#include <libjs/fs.h>
#include "../call.h"

long js_write(int fd, const void *buf, size_t count)
{
	return JS_SC3(JS_NR_write, fd, buf, count);
}
