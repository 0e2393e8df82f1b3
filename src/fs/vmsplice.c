#include <libjs/fs.h>
#include "../call.h"

long js_vmsplice(int fd, const struct js_iovec *iov, size_t nr_segs,
		 unsigned int flags)
{
	return JS_SC4(JS_NR_vmsplice, fd, iov, nr_segs, flags);
}
