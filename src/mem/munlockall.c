#include <libjs/mem.h>
#include "../call.h"

long js_munlockall(void)
{
	return JS_SC0(JS_NR_munlockall);
}
