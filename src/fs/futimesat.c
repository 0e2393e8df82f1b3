#include <libjs/errno.h>
#include <libjs/fs.h>
#include "../call.h"
#include "../internal.h"

/* futimesat(2).  Generic table: utimensat(dirfd, path, ts, 0) with the
 * same checks as js_utimes (a tv_usec outside 0..999999 is -EINVAL, as the
 * kernel's do_futimesat says; NULL stays NULL), the array fetched through
 * the kernel so a bad pointer is -JS_EFAULT. */
long js_futimesat(int dirfd, const char *path, const struct js_timeval times[2])
{
#ifdef JS_NR_futimesat
	return JS_SC3(JS_NR_futimesat, dirfd, path, times);
#else
	struct js_timeval tv[2];
	struct js_timespec ts[2];
	long r;

	if (!times)
		return JS_SC4(JS_NR_utimensat, dirfd, path, 0, 0);
	r = js__kcopy(tv, times, sizeof tv);
	if (r < 0)
		return r;
	for (int i = 0; i < 2; i++) {
		if (tv[i].tv_usec < 0 || tv[i].tv_usec >= 1000000)
			return -JS_EINVAL;
		ts[i].tv_sec = tv[i].tv_sec;
		ts[i].tv_nsec = tv[i].tv_usec * 1000;
	}
	return JS_SC4(JS_NR_utimensat, dirfd, path, ts, 0);
#endif
}
