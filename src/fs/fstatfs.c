#include <libjs/fs.h>
#include "../call.h"

long js_fstatfs(int fd, struct js_statfs *buf)
{
	return JS_SC2(JS_NR_fstatfs, fd, buf);
}
