/* Differential trace program (tests/sh/test_trace_diff.sh): scheduling
 * policies and parameters, CPU affinity, membarrier.  Each call asks
 * about this process (pid 0) or sets what it already has. */
#include <libjs/libjs.h>

int main(void)
{
	struct js_sched_param sp = { 0 };
	struct js_sched_attr sa;
	struct js_timespec ts;
	js_cpu_set_t set;

	js_alarm(20);
	js_sched_getscheduler(0);
	js_sched_getscheduler(-1);
	js_sched_getparam(0, &sp);
	js_sched_setparam(0, &sp);
	js_sched_setscheduler(0, JS_SCHED_OTHER, &sp);
	js_sched_setscheduler(0, JS_SCHED_BATCH | JS_SCHED_RESET_ON_FORK, &sp);
	js_sched_setscheduler(0, JS_SCHED_OTHER, &sp);
	js_sched_setscheduler(0, 99, &sp);
	js_sched_get_priority_max(JS_SCHED_FIFO);
	js_sched_get_priority_min(JS_SCHED_RR);
	js_sched_get_priority_max(42);
	js_sched_rr_get_interval(0, &ts);
	__builtin_memset(&sa, 0, sizeof sa);
	js_sched_getattr(0, &sa, sizeof sa, 0);
	js_sched_setattr(0, &sa, 0);
	js_sched_getaffinity(0, sizeof set, &set);
	js_sched_getaffinity(0, 1, &set);
	js_sched_yield();
	js_membarrier(JS_MEMBARRIER_CMD_QUERY, 0, 0);
	js_membarrier(JS_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0);
	js_membarrier(JS_MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0);
	js_membarrier(1 << 20, 0, 0);
	return 0;
}
