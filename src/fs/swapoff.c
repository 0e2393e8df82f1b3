#include <libjs/fs.h>
#include "../call.h"

long js_swapoff(const char *path)
{
	return JS_SC1(JS_NR_swapoff, path);
}
