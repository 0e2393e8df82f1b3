#include <libjs/fs.h>
#include "../call.h"

/* pos_l, pos_h: the kernel joins them (pos_from_hilo), and on a 64-bit
 * kernel pos_l alone is the offset; the high half goes in pos_h as glibc
 * passes it, so both make the same call. */
long js_preadv(int fd, const struct js_iovec *iov, int iovcnt, long offset)
{
	return JS_SC5(JS_NR_preadv, fd, iov, iovcnt, offset,
		      (unsigned long)offset >> 32);
}
