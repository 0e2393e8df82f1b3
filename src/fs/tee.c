#include <libjs/fs.h>
#include "../call.h"

long js_tee(int fd_in, int fd_out, size_t len, unsigned int flags)
{
	return JS_SC4(JS_NR_tee, fd_in, fd_out, len, flags);
}
