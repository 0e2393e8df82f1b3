#include <libjs/proc.h>
#include "../call.h"

long js_sched_setaffinity(int pid, size_t cpusetsize, const js_cpu_set_t *mask)
{
	return JS_SC3(JS_NR_sched_setaffinity, pid, cpusetsize, mask);
}
