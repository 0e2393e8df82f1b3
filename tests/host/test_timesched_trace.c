/* The trace lines of the time and scheduling calls (issue 14), from
 * js_trace_format: the rich rows' clocks, timespecs, flags, signals and
 * persona, and getpriority's result (the system call's 20 - nice, which
 * js_getpriority returns as it is).  Memory the lines show is real. */
#include <string.h>
#include "host.h"
#include <libjs/libjs.h>

static char line[1024];

static const char *fmt6(long nr, long a0, long a1, long a2, long a3, long a4,
			long a5, long ret)
{
	long a[6] = { a0, a1, a2, a3, a4, a5 };
	size_t n = js_trace_format(line, sizeof line, nr, a, ret, 0);

	assert_int_equal(n, strlen(line));
	line[n - 1] = 0;
	return line + strlen("libjs:syscall ");
}
#define fmt(nr, a0, a1, a2, a3, ret) fmt6(nr, a0, a1, a2, a3, 0, 0, ret)

static void rows(void **state)
{
	(void)state;
	struct js_timespec ts = { 1, 5 };
	js_siginfo_t si = { 0 };
	long p = (long)&si;

	assert_string_equal(fmt(JS_NR_clock_settime, JS_CLOCK_MONOTONIC, (long)&ts, 0, 0, -JS_EINVAL),
			    "clock_settime(CLOCK_MONOTONIC, {tv_sec=1, tv_nsec=5}) = -1 EINVAL (Invalid argument)");
	assert_string_equal(fmt(JS_NR_clock_adjtime, JS_CLOCK_TAI, 0, 0, 0, -JS_EOPNOTSUPP),
			    "clock_adjtime(CLOCK_TAI, NULL) = -1 EOPNOTSUPP (Operation not supported)");
	assert_string_equal(fmt(JS_NR_timer_create, JS_CLOCK_BOOTTIME, 0, 0, 0, -JS_EFAULT),
			    "timer_create(CLOCK_BOOTTIME, NULL, NULL) = -1 EFAULT (Bad address)");
	assert_string_equal(fmt(JS_NR_timer_settime, 3, JS_TIMER_ABSTIME, 0, 0, -JS_EINVAL),
			    "timer_settime(3, TIMER_ABSTIME, NULL, NULL) = -1 EINVAL (Invalid argument)");
	assert_string_equal(fmt(JS_NR_tkill, 42, JS_SIGUSR2, 0, 0, 0), "tkill(42, SIGUSR2) = 0");
	line[0] = 0;
	fmt(JS_NR_rt_sigqueueinfo, 42, JS_SIGUSR1, p, 0, 0);
	/* A zeroed siginfo: strace's "{}" (issue 11: decoded as strace does). */
	assert_non_null(strstr(line, "rt_sigqueueinfo(42, SIGUSR1, {})"));
	fmt(JS_NR_rt_tgsigqueueinfo, 42, 43, JS_SIGRTMIN, p, 0);
	assert_non_null(strstr(line, "rt_tgsigqueueinfo(42, 43, SIGRTMIN, {})"));
	assert_string_equal(fmt(JS_NR_personality, 0xffffffff, 0, 0, 0, 0x40000),
			    "personality(0xffffffff) = 0x40000 (PER_LINUX|ADDR_NO_RANDOMIZE)");
	/* a timeout the kernel rewrites is read after the call: the time
	 * left, in the timeout's place too (docs/tracing.md) */
	assert_string_equal(fmt6(JS_NR_pselect6, 0, 0, 0, 0, (long)&ts, 0, 0),
			    "pselect6(0, NULL, NULL, NULL, {tv_sec=1, tv_nsec=5}, NULL) = 0 (Timeout)");
	/* getpriority: the system call's own result, 20 - nice */
	assert_string_equal(fmt(JS_NR_getpriority, JS_PRIO_PROCESS, 0, 0, 0, 23),
			    "getpriority(PRIO_PROCESS, 0) = 23");
	/* policies by name, as strace (src/trace/dec_sched.c) */
	assert_string_equal(fmt(JS_NR_sched_get_priority_max, JS_SCHED_FIFO, 0, 0, 0, 99),
			    "sched_get_priority_max(SCHED_FIFO) = 99");
	/* generic rows of the others: every argument shown */
	assert_string_equal(fmt(JS_NR_ioprio_get, JS_IOPRIO_WHO_PROCESS, 0, 0, 0, 0x4004),
			    "ioprio_get(1, 0) = 16388");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(rows),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
