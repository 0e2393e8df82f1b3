#include <libjs/fs.h>
#include "../call.h"

long js_swapon(const char *path, int swapflags)
{
	return JS_SC2(JS_NR_swapon, path, swapflags);
}
