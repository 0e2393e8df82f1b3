#include <libjs/proc.h>
#include "../call.h"

long js_syncfs(int fd)
{
	return JS_SC1(JS_NR_syncfs, fd);
}
