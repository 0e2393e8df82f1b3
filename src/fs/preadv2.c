#include <libjs/fs.h>
#include "../call.h"

/* pos_l, pos_h as for js_preadv; offset -1 is the file position. */
long js_preadv2(int fd, const struct js_iovec *iov, int iovcnt, long offset,
	   int flags)
{
	return JS_SC6(JS_NR_preadv2, fd, iov, iovcnt, offset,
		      (unsigned long)offset >> 32, flags);
}
