#include <libjs/mount.h>
#include "../call.h"

long js_mount_setattr(int dirfd, const char *path, unsigned int flags,
		      struct js_mount_attr *attr, size_t size)
{
	return JS_SC5(JS_NR_mount_setattr, dirfd, path, flags, attr, size);
}
