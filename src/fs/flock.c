#include <libjs/fs.h>
#include "../call.h"

long js_flock(int fd, int operation)
{
	return JS_SC2(JS_NR_flock, fd, operation);
}
