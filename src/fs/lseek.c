#include <libjs/fs.h>
#include "../call.h"

long js_lseek(int fd, long offset, int whence)
{
	return JS_SC3(JS_NR_lseek, fd, offset, whence);
}
