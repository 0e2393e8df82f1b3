#include <libjs/fs.h>
#include "../call.h"

long js_readahead(int fd, long offset, size_t count)
{
	return JS_SC3(JS_NR_readahead, fd, offset, count);
}
