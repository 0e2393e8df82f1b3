#include <libjs/proc.h>
#include "../call.h"

long js_sched_getparam(int pid, struct js_sched_param *param)
{
	return JS_SC2(JS_NR_sched_getparam, pid, param);
}
