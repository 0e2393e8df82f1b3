/* Differential trace program (tests/sh/test_trace_diff.sh): sleeping,
 * interval timers, POSIX timers and timerfds, with the structs strace
 * shows before and after the call.  Deterministic: every timer is armed
 * far in the future and read back as set, every sleep is 0 or past.
 * clock_gettime and clock_getres of the clocks the vDSO answers,
 * gettimeofday and time are left out: strace never sees those. */
#include <libjs/libjs.h>

int main(void)
{
	struct js_timespec req = { 0, 1000 }, rem = { 0, 0 }, past = { 1, 0 };
	struct js_timespec res;
	struct js_itimerval itv = { { 100, 0 }, { 200, 0 } }, oitv, zero = { { 0, 0 }, { 0, 0 } };
	struct js_itimerspec its = { { 300, 5 }, { 400, 0 } }, oits;
	struct js_sigevent sev;
	js_timer_t tid = -1, tid2 = -1;
	struct js_tms tms;
	long tfd;

	js_alarm(20);
	js_nanosleep(&req, &rem);
	js_nanosleep(&req, 0);
	js_clock_nanosleep(JS_CLOCK_MONOTONIC, 0, &req, &rem);
	js_clock_nanosleep(JS_CLOCK_REALTIME, JS_TIMER_ABSTIME, &past, 0);
	js_clock_nanosleep(99, 0, &req, 0);
	js_clock_getres(-1, &res);
	/* the CPU-time clocks, which the vDSO passes to the kernel */
	js_clock_gettime(JS_CLOCK_PROCESS_CPUTIME_ID, &res);
	js_clock_gettime(JS_CLOCK_THREAD_CPUTIME_ID, &res);
	js_clock_gettime(99, &res);
	js_clock_settime(JS_CLOCK_MONOTONIC, &past);
	js_setitimer(0 /* ITIMER_REAL */, &itv, &oitv);
	js_getitimer(0, &oitv);
	js_setitimer(0, &zero, 0);
	js_setitimer(2 /* ITIMER_PROF */, &zero, &oitv);
	js_getitimer(1, &oitv);
	js_getitimer(9, &oitv);
	js_times(0);
	js_alarm(0);
	js_alarm(20);
	__builtin_memset(&sev, 0, sizeof sev);
	sev.sigev_notify = JS_SIGEV_NONE;
	js_timer_create(JS_CLOCK_MONOTONIC, &sev, &tid);
	sev.sigev_notify = JS_SIGEV_SIGNAL;
	sev.sigev_signo = JS_SIGUSR1;
	sev.sigev_value.sival_int = 7;
	js_timer_create(JS_CLOCK_REALTIME, &sev, &tid2);
	js_timer_create(JS_CLOCK_BOOTTIME, 0, &tid2);
	js_timer_settime(tid, 0, &its, &oits);
	js_timer_settime(tid, JS_TIMER_ABSTIME, &its, 0);
	js_timer_gettime(tid, &oits);
	js_timer_getoverrun(tid);
	js_timer_delete(tid);
	js_timer_delete(tid2);
	js_timer_delete(tid);
	tfd = js_timerfd_create(JS_CLOCK_MONOTONIC, JS_TFD_CLOEXEC | JS_TFD_NONBLOCK);
	js_timerfd_create(JS_CLOCK_REALTIME, 0x40);
	js_timerfd_settime((int)tfd, 0, &its, &oits);
	js_timerfd_settime((int)tfd, JS_TFD_TIMER_ABSTIME | JS_TFD_TIMER_CANCEL_ON_SET, &its, 0);
	js_timerfd_gettime((int)tfd, &oits);
	js_timerfd_gettime(-1, &oits);
	js_close(tfd);
	(void)tms;
	return 0;
}
