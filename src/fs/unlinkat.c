#include <libjs/fs.h>
#include "../call.h"

long js_unlinkat(int dirfd, const char *path, int flags)
{
	return JS_SC3(JS_NR_unlinkat, dirfd, path, flags);
}
