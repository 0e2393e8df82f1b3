#include <libjs/fs.h>
#include "../call.h"

long js_getcwd(char *buf, size_t size)
{
	return JS_SC2(JS_NR_getcwd, buf, size);
}
