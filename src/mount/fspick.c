#include <libjs/mount.h>
#include "../call.h"

long js_fspick(int dirfd, const char *path, unsigned int flags)
{
	return JS_SC3(JS_NR_fspick, dirfd, path, flags);
}
