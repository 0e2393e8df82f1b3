#include <libjs/fs.h>
#include "../call.h"

long js_fsync(int fd)
{
	return JS_SC1(JS_NR_fsync, fd);
}
