#include <libjs/kern.h>
#include "../call.h"

long js_perf_event_open(struct js_perf_event_attr *attr, int pid, int cpu,
			int group_fd, unsigned long flags)
{
	return JS_SC5(JS_NR_perf_event_open, attr, pid, cpu, group_fd, flags);
}
