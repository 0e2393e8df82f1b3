#include <libjs/fs.h>
#include "../call.h"

long js_pread(int fd, void *buf, size_t count, long offset)
{
	return JS_SC4(JS_NR_pread64, fd, buf, count, offset);
}
