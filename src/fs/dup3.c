#include <libjs/fs.h>
#include "../call.h"

long js_dup3(int oldfd, int newfd, int flags)
{
	return JS_SC3(JS_NR_dup3, oldfd, newfd, flags);
}
