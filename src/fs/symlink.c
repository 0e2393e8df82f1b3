#include <libjs/fs.h>
#include "../call.h"

long js_symlink(const char *target, const char *linkpath)
{
	return JS_SC2(JS_NR_symlink, target, linkpath);
}
