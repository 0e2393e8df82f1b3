#include <libjs/fs.h>
#include "../call.h"

/* fchmodat(2): the original syscall has no flags argument; flags need
 * fchmodat2 (Linux 6.6), which older kernels answer with -ENOSYS. */
long js_fchmodat(int dirfd, const char *path, unsigned int mode, int flags)
{
	if (flags == 0)
		return JS_SC3(JS_NR_fchmodat, dirfd, path, mode);
	return JS_SC4(JS_NR_fchmodat2, dirfd, path, mode, flags);
}
