/* Freestanding, on all three architectures: the timer and waiting calls
 * of issue 14 -- POSIX timers, interval timers and alarm deliver their
 * signals, select and pselect6 time out and report readiness (on aarch64
 * and riscv64 js_select is made from pselect6: its timeout write-back
 * and errors are checked here), pause returns after a handler, and the
 * clock-setting calls refuse what they must.  Every wait is bounded:
 * sigtimedwait with a timeout, or a child killed after a deadline. */
#include "runner.h"

static int under_qemu(void)
{
	const char *e = js_getenv("JS_RUN");

	return e && *e;
}

static void block(int sig)
{
	js_sigset_t s;

	js_sigemptyset(&s);
	js_sigaddset(&s, sig);
	js_sigprocmask(JS_SIG_BLOCK, &s, 0);
}

static void unblock(int sig)
{
	js_sigset_t s;

	js_sigemptyset(&s);
	js_sigaddset(&s, sig);
	js_sigprocmask(JS_SIG_UNBLOCK, &s, 0);
}

/* The signal sig taken within 10 s (generous: qemu under load), or the
 * error. */
static long wait_sig(int sig, js_siginfo_t *si)
{
	struct js_timespec ten = { 10, 0 };
	js_sigset_t s;

	js_sigemptyset(&s);
	js_sigaddset(&s, sig);
	return js_sigtimedwait(&s, si, &ten);
}

static void t_timer_signal(void)
{
	struct js_sigevent sev = { 0 };
	struct js_itimerspec its = { { 0, 0 }, { 0, 20000000 } }, cur;
	js_siginfo_t si;
	js_timer_t id = -1;

	block(JS_SIGUSR1);
	sev.sigev_notify = JS_SIGEV_SIGNAL;
	sev.sigev_signo = JS_SIGUSR1;
	sev.sigev_value.sival_int = 4242;
	CHECK_EQ(js_timer_create(JS_CLOCK_MONOTONIC, &sev, &id), 0);
	CHECK(id >= 0);
	CHECK_EQ(js_timer_gettime(id, &cur), 0);
	CHECK_EQ(cur.it_value.tv_sec, 0);
	CHECK_EQ(cur.it_value.tv_nsec, 0);
	CHECK_EQ(js_timer_settime(id, 0, &its, 0), 0);
	CHECK_EQ(wait_sig(JS_SIGUSR1, &si), JS_SIGUSR1);
	CHECK_EQ(si.si_code, JS_SI_TIMER);
	CHECK_EQ(si.si_value.sival_int, 4242);
	CHECK_EQ(js_timer_getoverrun(id), 0);
	/* an absolute time already past fires at once */
	its.it_value.tv_nsec = 1;
	CHECK_EQ(js_timer_settime(id, JS_TIMER_ABSTIME, &its, &cur), 0);
	CHECK_EQ(wait_sig(JS_SIGUSR1, &si), JS_SIGUSR1);
	CHECK_EQ(js_timer_delete(id), 0);
	CHECK_EQ(js_timer_delete(id), -JS_EINVAL);
	CHECK_EQ(js_timer_gettime(id, &cur), -JS_EINVAL);
	CHECK_EQ(js_timer_create(12345, &sev, &id), -JS_EINVAL);
	unblock(JS_SIGUSR1);
}

/* SIGEV_THREAD is libc's; the kernel signals as for SIGEV_SIGNAL. */
static void t_timer_sigev_thread(void)
{
	struct js_sigevent sev = { 0 };
	struct js_itimerspec its = { { 0, 0 }, { 0, 10000000 } };
	js_siginfo_t si;
	js_timer_t id = -1;

	if (under_qemu()) {
		/* qemu-user 7.2 hands the event to its host libc's
		 * timer_create, which starts a host thread to call the
		 * program's notify function: qemu itself crashes
		 * (docs/time.md) */
		jt_not_run("qemu-user 7.2 runs SIGEV_THREAD through its host libc");
		return;
	}
	block(JS_SIGUSR1);
	sev.sigev_notify = JS_SIGEV_THREAD;
	sev.sigev_signo = JS_SIGUSR1;
	sev.sigev_value.sival_int = 4343;
	CHECK_EQ(js_timer_create(JS_CLOCK_MONOTONIC, &sev, &id), 0);
	CHECK_EQ(js_timer_settime(id, 0, &its, 0), 0);
	CHECK_EQ(wait_sig(JS_SIGUSR1, &si), JS_SIGUSR1);
	CHECK_EQ(si.si_code, JS_SI_TIMER);
	CHECK_EQ(si.si_value.sival_int, 4343);
	CHECK_EQ(js_timer_delete(id), 0);
	unblock(JS_SIGUSR1);
}

/* sevp NULL: SIGALRM carrying the timer's id. */
static void t_timer_default_event(void)
{
	struct js_itimerspec its = { { 0, 0 }, { 0, 10000000 } };
	js_siginfo_t si;
	js_timer_t id = -1;

	block(JS_SIGALRM);
	CHECK_EQ(js_timer_create(JS_CLOCK_REALTIME, 0, &id), 0);
	CHECK_EQ(js_timer_settime(id, 0, &its, 0), 0);
	CHECK_EQ(wait_sig(JS_SIGALRM, &si), JS_SIGALRM);
	CHECK_EQ(si.si_code, JS_SI_TIMER);
	if (under_qemu()) {
		/* qemu-user hands out ids of its own (0x0caf0000 | slot) and
		 * lets the host kernel fill the default event, whose value is
		 * the host's id, not the one the program holds
		 * (docs/time.md). */
		CHECK_EQ(id & 0xffff0000, 0x0caf0000);
		CHECK(si.si_value.sival_int != id);
	} else {
		CHECK_EQ(si.si_value.sival_int, id);
	}
	CHECK_EQ(js_timer_delete(id), 0);
	unblock(JS_SIGALRM);
}

/* SIGEV_THREAD_ID: to this thread; to a tid outside the process, refused. */
static void t_timer_thread_id(void)
{
	struct js_sigevent sev = { 0 };
	struct js_itimerspec its = { { 0, 0 }, { 0, 10000000 } };
	js_siginfo_t si;
	js_timer_t id = -1;

	block(JS_SIGUSR2);
	sev.sigev_notify = JS_SIGEV_THREAD_ID;
	sev.sigev_signo = JS_SIGUSR2;
	sev.sigev_notify_thread_id = (int)js_gettid();
	CHECK_EQ(js_timer_create(JS_CLOCK_MONOTONIC, &sev, &id), 0);
	CHECK_EQ(js_timer_settime(id, 0, &its, 0), 0);
	CHECK_EQ(wait_sig(JS_SIGUSR2, &si), JS_SIGUSR2);
	CHECK_EQ(js_timer_delete(id), 0);
	sev.sigev_notify_thread_id = 1;
	CHECK_EQ(js_timer_create(JS_CLOCK_MONOTONIC, &sev, &id), -JS_EINVAL);
	unblock(JS_SIGUSR2);
}

static void t_itimer_alarm(void)
{
	struct js_itimerval it = { { 0, 0 }, { 0, 20000 } }, old, cur;
	js_siginfo_t si;

	block(JS_SIGALRM);
	CHECK_EQ(js_setitimer(JS_ITIMER_REAL, &it, &old), 0);
	CHECK_EQ(wait_sig(JS_SIGALRM, &si), JS_SIGALRM);
	CHECK_EQ(js_getitimer(JS_ITIMER_REAL, &cur), 0);
	CHECK_EQ(cur.it_value.tv_sec, 0);
	CHECK_EQ(cur.it_value.tv_usec, 0);
	/* a NULL new value disarms (the kernel still allows it) */
	CHECK_EQ(js_alarm(100), 0);
	CHECK_EQ(js_setitimer(JS_ITIMER_REAL, 0, &old), 0);
	CHECK(old.it_value.tv_sec >= 98);
	CHECK_EQ(js_getitimer(JS_ITIMER_REAL, &cur), 0);
	CHECK_EQ(cur.it_value.tv_sec, 0);
	CHECK_EQ(cur.it_value.tv_usec, 0);
	CHECK_EQ(js_setitimer(99, &it, 0), -JS_EINVAL);
	CHECK_EQ(js_getitimer(99, &cur), -JS_EINVAL);
	/* alarm: the seconds left of the one before, then delivery */
	CHECK_EQ(js_alarm(100), 0);
	CHECK_EQ(js_getitimer(JS_ITIMER_REAL, &cur), 0);
	CHECK(cur.it_value.tv_sec >= 98 && cur.it_value.tv_sec <= 100);
	CHECK_EQ(js_alarm(50), 100);	/* 99.99.. s rounds up */
	CHECK_EQ(js_alarm(0), 50);
	CHECK_EQ(js_alarm(0), 0);
	/* a pending alarm with under a second left reads as 1 */
	it.it_value.tv_usec = 300000;
	CHECK_EQ(js_setitimer(JS_ITIMER_REAL, &it, 0), 0);
	CHECK_EQ(js_alarm(0), 1);
	CHECK_EQ(js_alarm(1), 0);
	CHECK_EQ(wait_sig(JS_SIGALRM, &si), JS_SIGALRM);
	unblock(JS_SIGALRM);
}

static volatile int alarms;
static void on_alarm(int sig)
{
	(void)sig;
	alarms++;
}

/* pause returns -EINTR once the alarm's handler ran.  In a child, which
 * the parent kills if it is still there after 10 s. */
static void t_pause(void)
{
	struct js_sigaction sa = { 0 };
	struct js_timespec step = { 0, 10000000 };
	int st = 0;
	long pid, r = 0;

	pid = js_fork();
	if (pid == 0) {
		sa.sa_handler = on_alarm;
		js_sigaction(JS_SIGALRM, &sa, 0);
		unblock(JS_SIGALRM);
		js_alarm(1);
		r = js_pause();
		js_exit_group(r == -JS_EINTR && alarms == 1 ? 0 : 1);
	}
	CHECK(pid > 0);
	for (int i = 0; i < 1000 && r == 0; i++) {
		r = js_wait4((int)pid, &st, JS_WNOHANG, 0);
		if (r == 0)
			js_nanosleep(&step, 0);
	}
	if (r == 0) {
		js_kill((int)pid, JS_SIGKILL);
		js_wait4((int)pid, &st, 0, 0);
	}
	CHECK_EQ(r, pid);
	CHECK(JS_WIFEXITED(st));
	CHECK_EQ(JS_WEXITSTATUS(st), 0);
}

static void t_select(void)
{
	int p[2];
	js_fd_set r, w;
	struct js_timeval tv = { 0, 30000 };
	char c = 'x';

	CHECK_EQ(js_pipe2(p, JS_O_CLOEXEC), 0);
	/* nothing to read: times out, and the timeout reads 0 afterwards */
	JS_FD_ZERO(&r);
	JS_FD_SET(p[0], &r);
	CHECK_EQ(js_select(p[0] + 1, &r, 0, 0, &tv), 0);
	CHECK_EQ(JS_FD_ISSET(p[0], &r), 0);
	CHECK_EQ(tv.tv_sec, 0);
	CHECK_EQ(tv.tv_usec, 0);
	/* writable at once; the time left is written back */
	JS_FD_ZERO(&w);
	JS_FD_SET(p[1], &w);
	tv.tv_sec = 5;
	tv.tv_usec = 0;
	CHECK_EQ(js_select(p[1] + 1, 0, &w, 0, &tv), 1);
	CHECK_EQ(JS_FD_ISSET(p[1], &w), 1);
	CHECK(tv.tv_sec == 4 || tv.tv_sec == 5);
	CHECK(tv.tv_sec < 5 || tv.tv_usec == 0);
	CHECK(tv.tv_usec >= 0 && tv.tv_usec < 1000000);
	/* readable: tv_usec past a second is carried, as the kernel does */
	CHECK_EQ(js_write(p[1], &c, 1), 1);
	JS_FD_ZERO(&r);
	JS_FD_SET(p[0], &r);
	tv.tv_sec = 0;
	tv.tv_usec = 2500000;
	CHECK_EQ(js_select(p[0] + 1, &r, 0, 0, &tv), 1);
	CHECK_EQ(JS_FD_ISSET(p[0], &r), 1);
	CHECK_EQ(tv.tv_sec, 2);
	CHECK(tv.tv_usec > 0 && tv.tv_usec <= 500000);
	/* a zero timeout polls and is left alone */
	tv.tv_sec = 0;
	tv.tv_usec = 0;
	CHECK_EQ(js_select(p[0] + 1, &r, 0, 0, &tv), 1);
	/* errors: the kernel's, before any wait */
	tv.tv_usec = -1;
	CHECK_EQ(js_select(p[0] + 1, &r, 0, 0, &tv), -JS_EINVAL);
	CHECK_EQ(tv.tv_usec, -1);
	tv.tv_sec = -1;
	tv.tv_usec = 0;
	CHECK_EQ(js_select(p[0] + 1, &r, 0, 0, &tv), -JS_EINVAL);
	CHECK_EQ(tv.tv_sec, -1);
	tv.tv_sec = 0;
	CHECK_EQ(js_select(-1, &r, 0, 0, &tv), -JS_EINVAL);
	CHECK_EQ(js_select(p[0] + 1, &r, 0, 0, (struct js_timeval *)16), -JS_EFAULT);
	CHECK_EQ(js_select(p[0] + 1, (js_fd_set *)16, 0, 0, &tv), -JS_EFAULT);
	js_close(p[0]);
	js_close(p[1]);
	/* a closed descriptor in a set */
	JS_FD_ZERO(&r);
	JS_FD_SET(p[0], &r);
	CHECK_EQ(js_select(p[0] + 1, &r, 0, 0, &tv), -JS_EBADF);
	/* no sets and a timeout: a sleep */
	tv.tv_usec = 10000;
	CHECK_EQ(js_select(0, 0, 0, 0, &tv), 0);
	CHECK_EQ(tv.tv_usec, 0);
}

/* The time left is not written back under STICKY_TIMEOUTS (in a child:
 * a personality sticks to the process), nor into a timeout the caller
 * cannot write, which is no error either (the kernel's select: "we
 * don't want the Linux-specific update to the timeval to cause a fault
 * after the select has completed successfully"). */
static int sticky_child(void)
{
	struct js_timeval tv = { 0, 10000 };
	struct js_timeval *ro;
	long r;

	ro = js_mmap(0, 4096, JS_PROT_READ | JS_PROT_WRITE,
		     JS_MAP_PRIVATE | JS_MAP_ANONYMOUS, -1, 0);
	if (JS_IS_ERR(ro))
		return 1;
	ro->tv_sec = 0;
	ro->tv_usec = 10000;
	if (js_mprotect(ro, 4096, JS_PROT_READ))
		return 2;
	if ((r = js_select(0, 0, 0, 0, ro)) != 0)
		return 3;
	if (ro->tv_usec != 10000)
		return 4;
	if (js_personality(JS_PER_LINUX | JS_STICKY_TIMEOUTS) < 0)
		return 5;
	if (js_select(0, 0, 0, 0, &tv) != 0 || tv.tv_sec != 0 || tv.tv_usec != 10000)
		return 6;
	return 0;
}

static void t_select_no_write_back(void)
{
	struct js_timespec step = { 0, 10000000 };
	int st = 0;
	long pid = js_fork(), r = 0;

	if (pid == 0)
		js_exit_group(sticky_child());
	CHECK(pid > 0);
	for (int i = 0; i < 1000 && r == 0; i++) {
		r = js_wait4((int)pid, &st, JS_WNOHANG, 0);
		if (r == 0)
			js_nanosleep(&step, 0);
	}
	if (r == 0) {
		js_kill((int)pid, JS_SIGKILL);
		js_wait4((int)pid, &st, 0, 0);
	}
	CHECK_EQ(r, pid);
	CHECK(JS_WIFEXITED(st));
	CHECK_EQ(JS_WEXITSTATUS(st), 0);
}

/* Interrupted by a handler: -EINTR, and the time left still written
 * back (Linux's select writes it whatever the result). */
static void t_select_interrupted(void)
{
	struct js_sigaction sa = { 0 };
	struct js_itimerval it = { { 0, 0 }, { 0, 20000 } };
	struct js_timeval tv = { 10, 0 };

	alarms = 0;
	sa.sa_handler = on_alarm;
	CHECK_EQ(js_sigaction(JS_SIGALRM, &sa, 0), 0);
	unblock(JS_SIGALRM);
	CHECK_EQ(js_setitimer(JS_ITIMER_REAL, &it, 0), 0);
	CHECK_EQ(js_select(0, 0, 0, 0, &tv), -JS_EINTR);
	CHECK_EQ(alarms, 1);
	if (under_qemu()) {
		/* qemu-user copies pselect6's time left out only on success
		 * (docs/time.md), so nothing changed to write back */
		CHECK_EQ(tv.tv_sec, 10);
		CHECK_EQ(tv.tv_usec, 0);
	} else {
		CHECK(tv.tv_sec == 9 || tv.tv_sec == 8);
		CHECK(tv.tv_usec >= 0 && tv.tv_usec < 1000000);
	}
	sa.sa_handler = JS_SIG_DFL;
	js_sigaction(JS_SIGALRM, &sa, 0);
}

static volatile int usr1s;
static void on_usr1(int sig)
{
	(void)sig;
	usr1s++;
}

static void t_pselect6(void)
{
	int p[2];
	js_fd_set r;
	struct js_timespec ts = { 0, 30000000 };
	struct js_sigaction sa = { 0 };
	js_sigset_t none;

	CHECK_EQ(js_pipe2(p, JS_O_CLOEXEC), 0);
	JS_FD_ZERO(&r);
	JS_FD_SET(p[0], &r);
	CHECK_EQ(js_pselect6(p[0] + 1, &r, 0, 0, &ts, 0), 0);
	/* the system call writes the time left */
	CHECK_EQ(ts.tv_sec, 0);
	CHECK_EQ(ts.tv_nsec, 0);
	CHECK_EQ(js_write(p[1], "y", 1), 1);
	JS_FD_SET(p[0], &r);
	ts.tv_sec = 5;
	CHECK_EQ(js_pselect6(p[0] + 1, &r, 0, 0, &ts, 0), 1);
	CHECK_EQ(JS_FD_ISSET(p[0], &r), 1);
	CHECK(ts.tv_sec == 4 || (ts.tv_sec == 5 && ts.tv_nsec == 0));
	ts.tv_nsec = 1000000000;
	CHECK_EQ(js_pselect6(p[0] + 1, &r, 0, 0, &ts, 0), -JS_EINVAL);
	/* the mask applies while it waits: a blocked pending SIGUSR1 is
	 * let in, its handler runs, and the wait ends with EINTR */
	sa.sa_handler = on_usr1;
	CHECK_EQ(js_sigaction(JS_SIGUSR1, &sa, 0), 0);
	block(JS_SIGUSR1);
	usr1s = 0;
	CHECK_EQ(js_kill((int)js_getpid(), JS_SIGUSR1), 0);
	CHECK_EQ(usr1s, 0);
	js_sigemptyset(&none);
	ts.tv_sec = 10;
	ts.tv_nsec = 0;
	CHECK_EQ(js_pselect6(0, 0, 0, 0, &ts, &none), -JS_EINTR);
	CHECK_EQ(usr1s, 1);
	unblock(JS_SIGUSR1);
	sa.sa_handler = JS_SIG_DFL;
	js_sigaction(JS_SIGUSR1, &sa, 0);
	js_close(p[0]);
	js_close(p[1]);
}

/* Setting clocks: only the refusals, which change nothing. */
static void t_clock_set_refusals(void)
{
	struct js_timespec ts = { 1, 0 };
	struct js_timeval tv = { 1, 2000000 };
	struct js_timex tx = { 0 };
	long r;

	CHECK_EQ(js_clock_settime(JS_CLOCK_MONOTONIC, &ts), -JS_EINVAL);
	CHECK_EQ(js_clock_settime(12345, &ts), -JS_EINVAL);
	ts.tv_nsec = 1000000000;
	CHECK_EQ(js_clock_settime(JS_CLOCK_REALTIME, &ts), -JS_EINVAL);
	CHECK_EQ(js_clock_settime(JS_CLOCK_REALTIME, (struct js_timespec *)16), -JS_EFAULT);
	CHECK_EQ(js_settimeofday(&tv, 0), -JS_EINVAL);
	/* modes 0 reads the clock's state */
	r = js_adjtimex(&tx);
	CHECK(r >= JS_TIME_OK && r <= JS_TIME_ERROR);
	CHECK(tx.tick > 0);
	tx.modes = 0;
	CHECK_EQ(js_clock_adjtime(JS_CLOCK_REALTIME, &tx), r);
	CHECK_EQ(js_adjtimex((struct js_timex *)16), -JS_EFAULT);
	tx.modes = 0;
	CHECK_EQ(js_clock_adjtime(JS_CLOCK_MONOTONIC, &tx), -JS_EOPNOTSUPP);
}

static void t_times(void)
{
	struct js_tms t = { -1, -1, -1, -1 };
	long a, b;

	a = js_times(&t);
	CHECK(a > 0);
	CHECK(t.tms_utime >= 0 && t.tms_stime >= 0);
	CHECK(t.tms_cutime >= 0 && t.tms_cstime >= 0);
	/* clock ticks are USER_HZ, 100 a second, on all three */
	CHECK_EQ(js_getauxval(JS_AT_CLKTCK), 100);
	b = js_times(0);
	CHECK(b >= a);
	CHECK_EQ(js_times((struct js_tms *)16), -JS_EFAULT);
}

JT_MAIN(T(t_timer_signal), T(t_timer_sigev_thread), T(t_timer_default_event), T(t_timer_thread_id),
	T(t_itimer_alarm), T(t_pause), T(t_select), T(t_select_no_write_back), T(t_select_interrupted), T(t_pselect6),
	T(t_clock_set_refusals), T(t_times))
