#include <libjs/fs.h>
#include "../call.h"

long js_ftruncate(int fd, long length)
{
	return JS_SC2(JS_NR_ftruncate, fd, length);
}
