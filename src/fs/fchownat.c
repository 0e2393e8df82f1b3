#include <libjs/fs.h>
#include "../call.h"

long js_fchownat(int dirfd, const char *path, unsigned int owner, unsigned int group, int flags)
{
	return JS_SC5(JS_NR_fchownat, dirfd, path, owner, group, flags);
}
