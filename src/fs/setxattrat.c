#include <libjs/fs.h>
#include "../call.h"

long js_setxattrat(int dirfd, const char *path, unsigned int at_flags,
		   const char *name, const struct js_xattr_args *args,
		   size_t size)
{
	return JS_SC6(JS_NR_setxattrat, dirfd, path, at_flags, name, args, size);
}
