#include <libjs/fs.h>
#include "../call.h"

long js_fremovexattr(int fd, const char *name)
{
	return JS_SC2(JS_NR_fremovexattr, fd, name);
}
