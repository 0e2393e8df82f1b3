#include <libjs/fs.h>
#include "../call.h"
#include "../internal.h"

/* utime(2).  Generic table: utimensat(AT_FDCWD, path, ts, 0) with whole
 * seconds, exactly what the kernel's utime does (fs/utimes.c: tv_nsec = 0,
 * then do_utimes(AT_FDCWD, ...)).  NULL times stays NULL: set both to
 * now.  The caller's struct is fetched by the kernel (js__kcopy), so a bad
 * pointer is -JS_EFAULT there too, as from the legacy call. */
long js_utime(const char *path, const struct js_utimbuf *times)
{
#ifdef JS_NR_utime
	return JS_SC2(JS_NR_utime, path, times);
#else
	struct js_utimbuf t;
	struct js_timespec ts[2];
	long r;

	if (!times)
		return JS_SC4(JS_NR_utimensat, JS_AT_FDCWD, path, 0, 0);
	r = js__kcopy(&t, times, sizeof t);
	if (r < 0)
		return r;
	ts[0].tv_sec = t.actime;
	ts[0].tv_nsec = 0;
	ts[1].tv_sec = t.modtime;
	ts[1].tv_nsec = 0;
	return JS_SC4(JS_NR_utimensat, JS_AT_FDCWD, path, ts, 0);
#endif
}
