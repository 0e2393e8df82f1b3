#include <libjs/fs.h>
#include "../call.h"

/* dup2(2).  The generic table has only dup3, which refuses oldfd == newfd
 * with EINVAL where dup2 returns newfd if oldfd is open and -EBADF if not
 * (fs/file.c, the dup2 "corner case").  That case is answered with
 * fcntl(oldfd, F_GETFD), which fails with EBADF exactly when oldfd is not
 * an open descriptor (O_PATH ones included); every other pair is
 * dup3(oldfd, newfd, 0), the kernel's own dup2 path. */
#define JS__F_GETFD 1 /* asm-generic/fcntl.h, the same on every arch */

long js_dup2(int oldfd, int newfd)
{
#ifdef JS_NR_dup2
	return JS_SC2(JS_NR_dup2, oldfd, newfd);
#else
	if (oldfd == newfd) {
		long r = JS_SC3(JS_NR_fcntl, oldfd, JS__F_GETFD, 0);

		return r < 0 ? r : oldfd;
	}
	return JS_SC3(JS_NR_dup3, oldfd, newfd, 0);
#endif
}
