#include <libjs/fs.h>
#include "../call.h"

long js_dup(int oldfd)
{
	return JS_SC1(JS_NR_dup, oldfd);
}
