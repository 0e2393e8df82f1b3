#include <libjs/fs.h>
#include "../call.h"
#include "../internal.h"

/* getdents64(2) takes an unsigned int count: a size_t of 4 GiB or more
 * would reach the kernel cut to its low 32 bits (4 GiB as 0: EINVAL), so
 * it is capped first, as glibc's getdents64 does. */
long js_getdents64(int fd, void *dirp, size_t count)
{
	if (count > JS__GETDENTS_MAX)
		count = JS__GETDENTS_MAX;
	return JS_SC3(JS_NR_getdents64, fd, dirp, count);
}
