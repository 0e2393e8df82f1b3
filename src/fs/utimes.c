#include <libjs/fs.h>
#include "../call.h"

long js_utimes(const char *path, const struct js_timeval times[2])
{
	return JS_SC2(JS_NR_utimes, path, times);
}
