#include <libjs/fs.h>
#include "../call.h"

long js_link(const char *oldpath, const char *newpath)
{
	return JS_SC2(JS_NR_link, oldpath, newpath);
}
