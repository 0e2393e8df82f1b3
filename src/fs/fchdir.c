#include <libjs/fs.h>
#include "../call.h"

long js_fchdir(int fd)
{
	return JS_SC1(JS_NR_fchdir, fd);
}
