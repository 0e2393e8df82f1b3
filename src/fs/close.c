#include <libjs/fs.h>
#include "../call.h"

long js_close(int fd)
{
	return JS_SC1(JS_NR_close, fd);
}
