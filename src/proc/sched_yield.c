#include <libjs/proc.h>
#include "../call.h"

long js_sched_yield(void)
{
	return JS_SC0(JS_NR_sched_yield);
}
