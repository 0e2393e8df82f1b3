#include <libjs/fs.h>
#include "../call.h"

long js_read(int fd, void *buf, size_t count)
{
	return JS_SC3(JS_NR_read, fd, buf, count);
}
