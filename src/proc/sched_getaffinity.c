#include <libjs/proc.h>
#include "../call.h"

long js_sched_getaffinity(int pid, size_t cpusetsize, js_cpu_set_t *mask)
{
	return JS_SC3(JS_NR_sched_getaffinity, pid, cpusetsize, mask);
}
