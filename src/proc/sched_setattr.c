#include <libjs/proc.h>
#include "../call.h"

long js_sched_setattr(int pid, struct js_sched_attr *attr, unsigned int flags)
{
	return JS_SC3(JS_NR_sched_setattr, pid, attr, flags);
}
