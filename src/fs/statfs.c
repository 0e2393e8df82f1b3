#include <libjs/fs.h>
#include "../call.h"

long js_statfs(const char *path, struct js_statfs *buf)
{
	return JS_SC2(JS_NR_statfs, path, buf);
}
