#include <libjs/fs.h>
#include "../call.h"

long js_pipe(int fds[2])
{
	return JS_SC1(JS_NR_pipe, fds);
}
