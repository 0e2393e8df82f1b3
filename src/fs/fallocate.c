#include <libjs/fs.h>
#include "../call.h"

long js_fallocate(int fd, int mode, long offset, long len)
{
	return JS_SC4(JS_NR_fallocate, fd, mode, offset, len);
}
