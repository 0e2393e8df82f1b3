#include <libjs/fs.h>
#include "../call.h"

long js_faccessat2(int dirfd, const char *path, int mode, int flags)
{
	return JS_SC4(JS_NR_faccessat2, dirfd, path, mode, flags);
}
