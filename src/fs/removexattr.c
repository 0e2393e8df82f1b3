#include <libjs/fs.h>
#include "../call.h"

long js_removexattr(const char *path, const char *name)
{
	return JS_SC2(JS_NR_removexattr, path, name);
}
