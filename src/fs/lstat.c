#include <libjs/fs.h>
#include "../call.h"

long js_lstat(const char *path, struct js_stat *st)
{
	return JS_SC2(JS_NR_lstat, path, st);
}
