#include <libjs/errno.h>
#include <libjs/fs.h>
#include "../call.h"
#include "../internal.h"

/* utimes(2).  Generic table: utimensat(AT_FDCWD, path, ts, 0) with
 * microseconds turned into nanoseconds.  As the kernel's utimes does
 * (fs/utimes.c, do_futimesat), a tv_usec outside 0..999999 is -EINVAL
 * before the path is looked at (so UTIME_NOW/UTIME_OMIT cannot be smuggled
 * in), and NULL times stays NULL: set both to now.  The caller's array is
 * fetched by the kernel (js__kcopy), so a bad pointer is -JS_EFAULT there
 * too, as from the legacy call. */
long js_utimes(const char *path, const struct js_timeval times[2])
{
#ifdef JS_NR_utimes
	return JS_SC2(JS_NR_utimes, path, times);
#else
	struct js_timeval tv[2];
	struct js_timespec ts[2];
	long r;

	if (!times)
		return JS_SC4(JS_NR_utimensat, JS_AT_FDCWD, path, 0, 0);
	r = js__kcopy(tv, times, sizeof tv);
	if (r < 0)
		return r;
	for (int i = 0; i < 2; i++) {
		if (tv[i].tv_usec < 0 || tv[i].tv_usec >= 1000000)
			return -JS_EINVAL;
		ts[i].tv_sec = tv[i].tv_sec;
		ts[i].tv_nsec = tv[i].tv_usec * 1000;
	}
	return JS_SC4(JS_NR_utimensat, JS_AT_FDCWD, path, ts, 0);
#endif
}
