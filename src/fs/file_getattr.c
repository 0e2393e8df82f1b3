#include <libjs/fs.h>
#include "../call.h"

long js_file_getattr(int dirfd, const char *path, struct js_file_attr *fattr,
		     size_t usize, unsigned int at_flags)
{
	return JS_SC5(JS_NR_file_getattr, dirfd, path, fattr, usize, at_flags);
}
