#include <libjs/proc.h>
#include "../call.h"

long js_sched_getattr(int pid, struct js_sched_attr *attr, unsigned int size,
		      unsigned int flags)
{
	return JS_SC4(JS_NR_sched_getattr, pid, attr, size, flags);
}
