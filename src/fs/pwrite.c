#include <libjs/fs.h>
#include "../call.h"

long js_pwrite(int fd, const void *buf, size_t count, long offset)
{
	return JS_SC4(JS_NR_pwrite64, fd, buf, count, offset);
}
