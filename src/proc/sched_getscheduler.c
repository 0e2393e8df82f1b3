#include <libjs/proc.h>
#include "../call.h"

long js_sched_getscheduler(int pid)
{
	return JS_SC1(JS_NR_sched_getscheduler, pid);
}
