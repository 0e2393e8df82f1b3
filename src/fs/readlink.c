#include <libjs/fs.h>
#include "../call.h"

long js_readlink(const char *path, char *buf, size_t size)
{
	return JS_SC3(JS_NR_readlink, path, buf, size);
}
