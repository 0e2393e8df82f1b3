#include <libjs/fs.h>
#include "../call.h"

long js_lremovexattr(const char *path, const char *name)
{
	return JS_SC2(JS_NR_lremovexattr, path, name);
}
