#include <libjs/aio.h>
#include "../call.h"

long js_io_uring_enter(unsigned int fd, unsigned int to_submit,
		       unsigned int min_complete, unsigned int flags,
		       const void *arg, size_t argsz)
{
	return JS_SC6(JS_NR_io_uring_enter, fd, to_submit, min_complete, flags,
		      arg, argsz);
}
