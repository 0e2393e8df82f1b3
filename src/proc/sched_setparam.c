#include <libjs/proc.h>
#include "../call.h"

long js_sched_setparam(int pid, const struct js_sched_param *param)
{
	return JS_SC2(JS_NR_sched_setparam, pid, param);
}
