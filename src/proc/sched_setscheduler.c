#include <libjs/proc.h>
#include "../call.h"

long js_sched_setscheduler(int pid, int policy,
			   const struct js_sched_param *param)
{
	return JS_SC3(JS_NR_sched_setscheduler, pid, policy, param);
}
