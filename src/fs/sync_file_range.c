#include <libjs/fs.h>
#include "../call.h"

long js_sync_file_range(int fd, long offset, long nbytes, unsigned int flags)
{
	return JS_SC4(JS_NR_sync_file_range, fd, offset, nbytes, flags);
}
