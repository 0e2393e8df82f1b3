#include <libjs/fs.h>
#include "../call.h"

long js_writev(int fd, const struct js_iovec *iov, int iovcnt)
{
	return JS_SC3(JS_NR_writev, fd, iov, iovcnt);
}
