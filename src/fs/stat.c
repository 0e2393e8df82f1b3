#include <libjs/fs.h>
#include "../call.h"

long js_stat(const char *path, struct js_stat *st)
{
	return JS_SC2(JS_NR_stat, path, st);
}
