#include <libjs/fs.h>
#include "../call.h"

/* utime(2).  Generic table: utimensat(AT_FDCWD, path, ts, 0) with whole
 * seconds, exactly what the kernel's utime does (fs/utimes.c: tv_nsec = 0,
 * then do_utimes(AT_FDCWD, ...)).  NULL times stays NULL: set both to
 * now. */
long js_utime(const char *path, const struct js_utimbuf *times)
{
#ifdef JS_NR_utime
	return JS_SC2(JS_NR_utime, path, times);
#else
	struct js_timespec ts[2];

	if (!times)
		return JS_SC4(JS_NR_utimensat, JS_AT_FDCWD, path, 0, 0);
	ts[0].tv_sec = times->actime;
	ts[0].tv_nsec = 0;
	ts[1].tv_sec = times->modtime;
	ts[1].tv_nsec = 0;
	return JS_SC4(JS_NR_utimensat, JS_AT_FDCWD, path, ts, 0);
#endif
}
