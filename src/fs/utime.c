#include <libjs/fs.h>
#include "../call.h"

long js_utime(const char *path, const struct js_utimbuf *times)
{
	return JS_SC2(JS_NR_utime, path, times);
}
