#include <libjs/fs.h>
#include "../call.h"

long js_listxattrat(int dirfd, const char *path, unsigned int at_flags,
		    char *list, size_t size)
{
	return JS_SC5(JS_NR_listxattrat, dirfd, path, at_flags, list, size);
}
