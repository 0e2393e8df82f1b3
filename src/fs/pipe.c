#include <libjs/fs.h>
#include "../call.h"

/* pipe(2).  Generic table: pipe2(fds, 0), the kernel's do_pipe2(fds, 0). */
long js_pipe(int fds[2])
{
#ifdef JS_NR_pipe
	return JS_SC1(JS_NR_pipe, fds);
#else
	return JS_SC2(JS_NR_pipe2, fds, 0);
#endif
}
