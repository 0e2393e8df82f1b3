#include <libjs/fs.h>
#include "../call.h"

long js_getxattrat(int dirfd, const char *path, unsigned int at_flags,
		   const char *name, struct js_xattr_args *args, size_t size)
{
	return JS_SC6(JS_NR_getxattrat, dirfd, path, at_flags, name, args, size);
}
