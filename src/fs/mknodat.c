#include <libjs/errno.h>
#include <libjs/fs.h>
#include "../call.h"

/* mknodat(2).  The kernel's dev is 32 bits (new_decode_dev); a dev_t
 * with more is refused rather than cut, as glibc does. */
long js_mknodat(int dirfd, const char *path, unsigned int mode, uint64_t dev)
{
	if (dev > 0xffffffffu)
		return -JS_EINVAL;
	return JS_SC4(JS_NR_mknodat, dirfd, path, mode, (unsigned int)dev);
}
