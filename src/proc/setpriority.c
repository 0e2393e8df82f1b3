#include <libjs/proc.h>
#include "../call.h"

long js_setpriority(int which, int who, int prio)
{
	return JS_SC3(JS_NR_setpriority, which, who, prio);
}
