#include <libjs/proc.h>
#include "../call.h"

long js_sched_get_priority_min(int policy)
{
	return JS_SC1(JS_NR_sched_get_priority_min, policy);
}
