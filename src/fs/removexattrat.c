#include <libjs/fs.h>
#include "../call.h"

long js_removexattrat(int dirfd, const char *path, unsigned int at_flags,
		      const char *name)
{
	return JS_SC4(JS_NR_removexattrat, dirfd, path, at_flags, name);
}
