#include <libjs/fs.h>
#include "../call.h"

long js_sendfile(int out_fd, int in_fd, long *offset, size_t count)
{
	return JS_SC4(JS_NR_sendfile, out_fd, in_fd, offset, count);
}
