#include <libjs/fs.h>
#include "../call.h"

long js_readv(int fd, const struct js_iovec *iov, int iovcnt)
{
	return JS_SC3(JS_NR_readv, fd, iov, iovcnt);
}
