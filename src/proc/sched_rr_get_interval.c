#include <libjs/proc.h>
#include "../call.h"

long js_sched_rr_get_interval(int pid, struct js_timespec *tp)
{
	return JS_SC2(JS_NR_sched_rr_get_interval, pid, tp);
}
