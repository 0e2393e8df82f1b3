#include <libjs/fs.h>
#include "../call.h"

long js_mkdirat(int dirfd, const char *path, unsigned int mode)
{
	return JS_SC3(JS_NR_mkdirat, dirfd, path, mode);
}
