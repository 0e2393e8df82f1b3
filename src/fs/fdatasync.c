#include <libjs/fs.h>
#include "../call.h"

long js_fdatasync(int fd)
{
	return JS_SC1(JS_NR_fdatasync, fd);
}
