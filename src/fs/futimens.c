#include <libjs/fs.h>
#include <libjs/errno.h>
#include "../call.h"

/* futimens(3) has no syscall of its own: it is utimensat(2) with a NULL
 * path, which the kernel reads as "the file fd refers to" -- except for
 * AT_FDCWD, where a NULL path is a bad address (-EFAULT).  futimens(3)
 * promises EBADF for any fd that is not open, so a negative fd (which can
 * never be open) is answered here. */
long js_futimens(int fd, const struct js_timespec times[2])
{
	if (fd < 0)
		return -JS_EBADF;
	return JS_SC4(JS_NR_utimensat, fd, 0, times, 0);
}
