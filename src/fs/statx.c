#include <libjs/fs.h>
#include "../call.h"

long js_statx(int dirfd, const char *path, int flags, unsigned int mask, struct js_statx *stx)
{
	return JS_SC5(JS_NR_statx, dirfd, path, flags, mask, stx);
}
