#include <libjs/fs.h>
#include "../call.h"

long js_pipe2(int fds[2], int flags)
{
	return JS_SC2(JS_NR_pipe2, fds, flags);
}
