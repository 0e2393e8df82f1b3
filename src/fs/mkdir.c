#include <libjs/fs.h>
#include "../call.h"

/* mkdir(2).  Generic table: mkdirat(AT_FDCWD, ...), the kernel's own
 * definition of mkdir (do_mkdirat). */
long js_mkdir(const char *path, unsigned int mode)
{
#ifdef JS_NR_mkdir
	return JS_SC2(JS_NR_mkdir, path, mode);
#else
	return JS_SC3(JS_NR_mkdirat, JS_AT_FDCWD, path, mode);
#endif
}
