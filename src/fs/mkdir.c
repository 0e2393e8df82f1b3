#include <libjs/fs.h>
#include "../call.h"

long js_mkdir(const char *path, unsigned int mode)
{
	return JS_SC2(JS_NR_mkdir, path, mode);
}
