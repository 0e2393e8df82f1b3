#include <libjs/mount.h>
#include "../call.h"

long js_open_tree(int dirfd, const char *path, unsigned int flags)
{
	return JS_SC3(JS_NR_open_tree, dirfd, path, flags);
}
