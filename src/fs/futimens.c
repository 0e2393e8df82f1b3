#include <libjs/fs.h>
#include "../call.h"

/* futimens(3) has no syscall of its own: it is utimensat(2) with a NULL
 * path, which the kernel reads as "the file fd refers to". */
long js_futimens(int fd, const struct js_timespec times[2])
{
	return JS_SC4(JS_NR_utimensat, fd, 0, times, 0);
}
