#include <libjs/fs.h>
#include "../call.h"

long js_splice(int fd_in, long *off_in, int fd_out, long *off_out, size_t len,
	       unsigned int flags)
{
	return JS_SC6(JS_NR_splice, fd_in, off_in, fd_out, off_out, len, flags);
}
