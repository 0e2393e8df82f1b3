#include <libjs/fs.h>
#include "../call.h"

long js_access(const char *path, int mode)
{
	return JS_SC2(JS_NR_access, path, mode);
}
