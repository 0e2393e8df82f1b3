#include <libjs/fs.h>
#include "../call.h"

long js_truncate(const char *path, long length)
{
	return JS_SC2(JS_NR_truncate, path, length);
}
