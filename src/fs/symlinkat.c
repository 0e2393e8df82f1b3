#include <libjs/fs.h>
#include "../call.h"

long js_symlinkat(const char *target, int newdirfd, const char *linkpath)
{
	return JS_SC3(JS_NR_symlinkat, target, newdirfd, linkpath);
}
