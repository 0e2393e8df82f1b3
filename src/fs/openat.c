#include <stdarg.h>
#include <libjs/fs.h>
#include "../call.h"

/* openat(2); mode fetched only for O_CREAT/O_TMPFILE, see open.c. */
long js_openat(int dirfd, const char *path, int flags, ...)
{
	unsigned int mode = 0;

	if ((flags & JS_O_CREAT) || (flags & JS_O_TMPFILE) == JS_O_TMPFILE) {
		va_list ap;
		va_start(ap, flags);
		mode = va_arg(ap, unsigned int);
		va_end(ap);
	}
	return JS_SC4(JS_NR_openat, dirfd, path, flags, mode);
}
