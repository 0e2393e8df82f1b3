#include <libjs/fs.h>
#include "../call.h"

/* The fadvise64 call: on the three 64-bit tables its arguments are in
 * posix_fadvise(2)'s order, each in one register. */
long js_posix_fadvise(int fd, long offset, long len, int advice)
{
	return JS_SC4(JS_NR_fadvise64, fd, offset, len, advice);
}
