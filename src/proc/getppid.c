#include <libjs/proc.h>
#include "../call.h"

long js_getppid(void)
{
	return JS_SC0(JS_NR_getppid);
}
