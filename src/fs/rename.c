#include <libjs/fs.h>
#include "../call.h"

long js_rename(const char *oldpath, const char *newpath)
{
	return JS_SC2(JS_NR_rename, oldpath, newpath);
}
