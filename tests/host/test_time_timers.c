/* The time and timer calls of issue 14 next to glibc's: the same
 * results and the same errors, error paths included (js returns -errno
 * where glibc returns -1 and sets errno).  Nothing here sets a clock:
 * only the refusals, which change nothing, and as nobody in a child. */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/timex.h>
#include <sys/wait.h>
#include "host.h"
#include <libjs/libjs.h>

/* glibc's result as libjs would give it */
#define G(call) ((call) == -1 ? -(long)errno : 0L)

static void itimers(void **state)
{
	(void)state;
	struct js_itimerval ji = { { 0, 0 }, { 30, 0 } }, jo;
	struct itimerval gi, go;

	assert_int_equal(js_setitimer(JS_ITIMER_REAL, &ji, &jo), 0);
	assert_int_equal(getitimer(ITIMER_REAL, &gi), 0);
	assert_true(gi.it_value.tv_sec >= 29 && gi.it_value.tv_sec <= 30);
	assert_int_equal(js_getitimer(JS_ITIMER_REAL, &jo), 0);
	assert_true(jo.it_value.tv_sec >= 29 && jo.it_value.tv_sec <= 30);
	memset(&gi, 0, sizeof gi);
	assert_int_equal(setitimer(ITIMER_REAL, &gi, &go), 0);
	assert_true(go.it_value.tv_sec >= 29);
	/* errors */
	assert_int_equal(js_setitimer(99, &ji, 0), G(setitimer(99, &gi, 0)));
	assert_int_equal(js_getitimer(99, &jo), G(getitimer(99, &go)));
	assert_int_equal(js_getitimer(JS_ITIMER_PROF, (struct js_itimerval *)16),
			 G(getitimer(ITIMER_PROF, (struct itimerval *)16)));
	assert_int_equal(js_getitimer(JS_ITIMER_PROF, (struct js_itimerval *)16), -JS_EFAULT);
	ji.it_value.tv_usec = 1000000;
	gi.it_value.tv_usec = 1000000;
	assert_int_equal(js_setitimer(JS_ITIMER_REAL, &ji, 0), G(setitimer(ITIMER_REAL, &gi, 0)));
	assert_int_equal(js_setitimer(JS_ITIMER_REAL, &ji, 0), -JS_EINVAL);
}

static void alarms(void **state)
{
	(void)state;
	assert_int_equal(js_alarm(100), 0);
	assert_int_equal(alarm(60), 100);
	assert_int_equal(js_alarm(40), 60);
	assert_int_equal(alarm(0), 40);
	assert_int_equal(js_alarm(0), 0);
}

/* A timer made by libjs delivers what glibc's would: SI_TIMER with the
 * value; errors as glibc's timer_* report them. */
static void posix_timers(void **state)
{
	(void)state;
	struct js_sigevent jev = { 0 };
	struct sigevent gev = { 0 };
	struct js_itimerspec its = { { 0, 0 }, { 0, 20000000 } }, cur;
	struct timespec ten = { 10, 0 };
	sigset_t s;
	siginfo_t si;
	js_timer_t id;
	timer_t gid;

	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	sigprocmask(SIG_BLOCK, &s, 0);
	jev.sigev_notify = JS_SIGEV_SIGNAL;
	jev.sigev_signo = JS_SIGUSR1;
	jev.sigev_value.sival_int = 99;
	assert_int_equal(js_timer_create(JS_CLOCK_MONOTONIC, &jev, &id), 0);
	assert_int_equal(js_timer_settime(id, 0, &its, 0), 0);
	assert_int_equal(sigtimedwait(&s, &si, &ten), SIGUSR1);
	assert_int_equal(si.si_code, SI_TIMER);
	assert_int_equal(si.si_value.sival_int, 99);
	assert_int_equal(si.si_timerid, id);
	assert_int_equal(js_timer_getoverrun(id), 0);
	assert_int_equal(js_timer_gettime(id, &cur), 0);
	assert_int_equal(cur.it_value.tv_sec, 0);
	assert_int_equal(cur.it_value.tv_nsec, 0);
	assert_int_equal(js_timer_delete(id), 0);
	/* glibc's timer_t holds the kernel's id for a SIGEV_SIGNAL timer:
	 * libjs's calls work on it too */
	gev.sigev_notify = SIGEV_SIGNAL;
	gev.sigev_signo = SIGUSR1;
	assert_int_equal(timer_create(CLOCK_MONOTONIC, &gev, &gid), 0);
	assert_int_equal(js_timer_gettime((js_timer_t)(intptr_t)gid, &cur), 0);
	assert_int_equal(js_timer_delete((js_timer_t)(intptr_t)gid), 0);
	/* errors */
	assert_int_equal(js_timer_create(12345, &jev, &id),
			 G(timer_create(12345, &gev, &gid)));
	jev.sigev_notify = 3;
	gev.sigev_notify = 3;
	assert_int_equal(js_timer_create(JS_CLOCK_MONOTONIC, &jev, &id),
			 G(timer_create(CLOCK_MONOTONIC, &gev, &gid)));
	assert_int_equal(js_timer_delete(0x7ffff), G(timer_delete((timer_t)0x7ffff)));
	assert_int_equal(js_timer_getoverrun(0x7ffff), G(timer_getoverrun((timer_t)0x7ffff)));
	assert_int_equal(js_timer_gettime(0x7ffff, &cur),
			 G(timer_gettime((timer_t)0x7ffff, (struct itimerspec *)&cur)));
	assert_int_equal(js_timer_settime(0x7ffff, 0, &its, 0),
			 G(timer_settime((timer_t)0x7ffff, 0, (const struct itimerspec *)&its, 0)));
	sigprocmask(SIG_UNBLOCK, &s, 0);
}

static void clock_refusals(void **state)
{
	(void)state;
	struct js_timespec jts = { 1, 1000000000 };
	struct timespec gts = { 1, 1000000000 };
	struct js_timeval jtv = { 1, 2000000 };
	struct timeval gtv = { 1, 2000000 };

	assert_int_equal(js_clock_settime(JS_CLOCK_REALTIME, &jts),
			 G(clock_settime(CLOCK_REALTIME, &gts)));
	jts.tv_nsec = gts.tv_nsec = 0;
	assert_int_equal(js_clock_settime(JS_CLOCK_MONOTONIC, &jts),
			 G(clock_settime(CLOCK_MONOTONIC, &gts)));
	assert_int_equal(js_clock_settime(JS_CLOCK_MONOTONIC, &jts), -JS_EINVAL);
	assert_int_equal(js_clock_settime(JS_CLOCK_TAI, &jts), G(clock_settime(CLOCK_TAI, &gts)));
	assert_int_equal(js_settimeofday(&jtv, 0), G(settimeofday(&gtv, 0)));
	assert_int_equal(js_settimeofday(&jtv, 0), -JS_EINVAL);
	jtv.tv_usec = gtv.tv_usec = -1;
	assert_int_equal(js_settimeofday(&jtv, 0), G(settimeofday(&gtv, 0)));
	assert_int_equal(js_settimeofday((struct js_timeval *)16, 0), -JS_EFAULT);
}

/* As nobody: setting any clock is refused, glibc's the same way. */
static void clock_refusals_unprivileged(void **state)
{
	(void)state;
	int st;
	pid_t pid = fork();

	if (pid == 0) {
		struct timespec gts;
		struct js_timespec jts;
		struct timex gtx = { 0 };
		struct js_timex jtx = { 0 };
		int bad = 0;

		if (setgid(65534) || setuid(65534))
			_exit(10);
		clock_gettime(CLOCK_REALTIME, &gts);
		jts.tv_sec = gts.tv_sec;
		jts.tv_nsec = gts.tv_nsec;
		bad |= js_clock_settime(JS_CLOCK_REALTIME, &jts) != -JS_EPERM;
		bad |= (js_clock_settime(JS_CLOCK_REALTIME, &jts) != G(clock_settime(CLOCK_REALTIME, &gts))) << 1;
		/* glibc's settimeofday reads *tv even when NULL: the
		 * system call is the oracle for (NULL, NULL) */
		bad |= (js_settimeofday(0, 0) != -JS_EPERM) << 2;
		bad |= (js_settimeofday(0, 0) != G(syscall(SYS_settimeofday, 0, 0))) << 3;
		bad |= (js_settimeofday((struct js_timeval *)&jts, 0) != G(settimeofday((struct timeval *)&gts, 0))) << 7;
		jtx.modes = JS_ADJ_FREQUENCY;
		gtx.modes = ADJ_FREQUENCY;
		bad |= (js_adjtimex(&jtx) != -JS_EPERM) << 4;
		bad |= (js_adjtimex(&jtx) != G(adjtimex(&gtx))) << 5;
		bad |= (js_clock_adjtime(JS_CLOCK_REALTIME, &jtx) != G(clock_adjtime(CLOCK_REALTIME, &gtx))) << 6;
		_exit(bad);
	}
	assert_true(pid > 0);
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 0);
}

/* settimeofday(NULL, NULL) is allowed to root and changes nothing
 * (glibc's own settimeofday would read the NULL tv: the system call is
 * the oracle here). */
static void settimeofday_nothing(void **state)
{
	(void)state;
	assert_int_equal(js_settimeofday(0, 0), G(syscall(SYS_settimeofday, 0, 0)));
	if (geteuid() == 0)
		assert_int_equal(js_settimeofday(0, 0), 0);
}

/* adjtimex with modes 0 only reads: the same state as glibc's. */
static void adjtimex_read(void **state)
{
	(void)state;
	struct js_timex j = { 0 };
	struct timex g = { 0 };
	long jr = js_adjtimex(&j);
	int gr = adjtimex(&g);

	assert_int_equal(jr, gr);
	assert_int_equal(j.status, g.status);
	assert_int_equal(j.freq, g.freq);
	assert_int_equal(j.tick, g.tick);
	assert_int_equal(j.constant, g.constant);
	assert_int_equal(j.precision, g.precision);
	assert_int_equal(j.tolerance, g.tolerance);
	assert_int_equal(j.tai, g.tai);
	assert_true(j.time.tv_sec - g.time.tv_sec <= 1 && g.time.tv_sec - j.time.tv_sec <= 1);
	memset(&j, 0, sizeof j);
	memset(&g, 0, sizeof g);
	assert_int_equal(js_clock_adjtime(JS_CLOCK_REALTIME, &j), clock_adjtime(CLOCK_REALTIME, &g));
	assert_int_equal(j.status, g.status);
	assert_int_equal(j.tick, g.tick);
	j.modes = g.modes = 0;
	assert_int_equal(js_clock_adjtime(JS_CLOCK_MONOTONIC, &j), G(clock_adjtime(CLOCK_MONOTONIC, &g)));
	assert_int_equal(js_clock_adjtime(JS_CLOCK_MONOTONIC, &j), -JS_EOPNOTSUPP);
	assert_int_equal(js_adjtimex((struct js_timex *)16), G(adjtimex((struct timex *)16)));
	/* an unknown mode bit with ADJ_OFFSET_SINGLESHOT's refusal */
	j.modes = g.modes = 0x8000 | JS_ADJ_FREQUENCY;
	assert_int_equal(js_adjtimex(&j), G(adjtimex(&g)));
}

static void times_calls(void **state)
{
	(void)state;
	struct js_tms j;
	struct tms g;
	long jr = js_times(&j);
	clock_t gr = times(&g);

	assert_true(jr > 0);
	assert_true(gr >= jr && gr - jr < 100);
	assert_true(g.tms_utime >= j.tms_utime && g.tms_utime - j.tms_utime < 10);
	assert_true(g.tms_stime >= j.tms_stime && g.tms_stime - j.tms_stime < 10);
	assert_int_equal(j.tms_cutime, g.tms_cutime);
	assert_int_equal(j.tms_cstime, g.tms_cstime);
	assert_true(js_times(0) > 0);
	assert_int_equal(js_times((struct js_tms *)16), -JS_EFAULT);
}

/* select next to glibc's: results, the ready sets, the time left, the
 * errors. */
static void selects(void **state)
{
	(void)state;
	int p[2];
	js_fd_set jr;
	fd_set gr;
	struct js_timeval jt = { 0, 20000 };
	struct timeval gt = { 0, 20000 };

	assert_int_equal(pipe(p), 0);
	JS_FD_ZERO(&jr);
	JS_FD_SET(p[0], &jr);
	FD_ZERO(&gr);
	FD_SET(p[0], &gr);
	assert_int_equal(js_select(p[0] + 1, &jr, 0, 0, &jt), select(p[0] + 1, &gr, 0, 0, &gt));
	assert_memory_equal(&jr, &gr, sizeof gr);
	assert_int_equal(jt.tv_sec, gt.tv_sec);
	assert_int_equal(jt.tv_usec, gt.tv_usec);
	assert_int_equal(write(p[1], "x", 1), 1);
	JS_FD_SET(p[0], &jr);
	FD_SET(p[0], &gr);
	jt.tv_sec = gt.tv_sec = 0;
	jt.tv_usec = gt.tv_usec = 2500000;
	assert_int_equal(js_select(p[0] + 1, &jr, 0, 0, &jt), select(p[0] + 1, &gr, 0, 0, &gt));
	assert_memory_equal(&jr, &gr, sizeof gr);
	assert_int_equal(jt.tv_sec, gt.tv_sec);
	assert_int_equal(jt.tv_sec, 2);
	/* errors */
	jt.tv_usec = gt.tv_usec = -1;
	assert_int_equal(js_select(p[0] + 1, &jr, 0, 0, &jt), G(select(p[0] + 1, &gr, 0, 0, &gt)));
	assert_int_equal(jt.tv_usec, gt.tv_usec);
	jt.tv_usec = gt.tv_usec = 0;
	assert_int_equal(js_select(-1, &jr, 0, 0, &jt), G(select(-1, &gr, 0, 0, &gt)));
	/* glibc's select converts *timeout itself (a bad one crashes it);
	 * libjs's gives the kernel's answer */
	assert_int_equal(js_select(p[0] + 1, &jr, 0, 0, (struct js_timeval *)16),
			 G(syscall(SYS_select, p[0] + 1, &gr, 0, 0, (struct timeval *)16)));
	assert_int_equal(js_select(p[0] + 1, &jr, 0, 0, (struct js_timeval *)16), -JS_EFAULT);
	close(p[0]);
	close(p[1]);
	JS_FD_ZERO(&jr);
	JS_FD_SET(p[0], &jr);
	FD_ZERO(&gr);
	FD_SET(p[0], &gr);
	assert_int_equal(js_select(p[0] + 1, &jr, 0, 0, &jt), G(select(p[0] + 1, &gr, 0, 0, &gt)));
	assert_int_equal(js_select(p[0] + 1, &jr, 0, 0, &jt), -JS_EBADF);
}

static volatile sig_atomic_t usr2;
static void on_usr2(int sig)
{
	(void)sig;
	usr2++;
}

/* pselect6 against glibc's pselect: the same results and errors; the
 * mask is applied while waiting.  Only the time-left write-back differs
 * (glibc hides it). */
static void pselects(void **state)
{
	(void)state;
	int p[2];
	js_fd_set jr;
	fd_set gr;
	struct js_timespec jt = { 0, 20000000 };
	struct timespec gt = { 0, 20000000 };
	struct sigaction sa = { 0 };
	sigset_t blk, none;
	js_sigset_t jnone;

	assert_int_equal(pipe(p), 0);
	JS_FD_ZERO(&jr);
	JS_FD_SET(p[0], &jr);
	FD_ZERO(&gr);
	FD_SET(p[0], &gr);
	assert_int_equal(js_pselect6(p[0] + 1, &jr, 0, 0, &jt, 0), pselect(p[0] + 1, &gr, 0, 0, &gt, 0));
	assert_memory_equal(&jr, &gr, sizeof gr);
	assert_int_equal(jt.tv_nsec, 0);
	assert_int_equal(gt.tv_nsec, 20000000);
	jt.tv_nsec = gt.tv_nsec = 1000000000;
	assert_int_equal(js_pselect6(p[0] + 1, &jr, 0, 0, &jt, 0), G(pselect(p[0] + 1, &gr, 0, 0, &gt, 0)));
	jt.tv_nsec = gt.tv_nsec = 0;
	assert_int_equal(js_pselect6(-1, &jr, 0, 0, &jt, 0), G(pselect(-1, &gr, 0, 0, &gt, 0)));
	/* the mask: SIGUSR2 pending while blocked, let in by the wait */
	sa.sa_handler = on_usr2;
	sigaction(SIGUSR2, &sa, 0);
	sigemptyset(&blk);
	sigaddset(&blk, SIGUSR2);
	sigprocmask(SIG_BLOCK, &blk, 0);
	sigemptyset(&none);
	js_sigemptyset(&jnone);
	raise(SIGUSR2);
	jt.tv_sec = gt.tv_sec = 10;
	assert_int_equal(js_pselect6(0, 0, 0, 0, &jt, &jnone), -JS_EINTR);
	assert_int_equal(usr2, 1);
	raise(SIGUSR2);
	assert_int_equal(G(pselect(0, 0, 0, 0, &gt, &none)), -EINTR);
	assert_int_equal(usr2, 2);
	sigprocmask(SIG_UNBLOCK, &blk, 0);
	sa.sa_handler = SIG_DFL;
	sigaction(SIGUSR2, &sa, 0);
	close(p[0]);
	close(p[1]);
}

/* What docs/time.md says of glibc 2.36: its select converts a bad
 * timeout itself and its settimeofday reads a NULL tv, so both crash
 * where libjs gives the kernel's answer.  In children. */
static int crashes(int which)
{
	int st;
	pid_t pid = fork();

	if (pid == 0) {
		signal(SIGSEGV, SIG_DFL);	/* not cmocka's handler */
		if (which == 0)
			select(0, 0, 0, 0, (struct timeval *)16);
		else
			settimeofday(0, 0);
		_exit(0);
	}
	assert_true(pid > 0);
	assert_int_equal(waitpid(pid, &st, 0), pid);
	return WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV;
}

static void glibc_crashes(void **state)
{
	(void)state;
	assert_true(crashes(0));
	assert_int_equal(js_select(0, 0, 0, 0, (struct js_timeval *)16), -JS_EFAULT);
	assert_true(crashes(1));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(itimers),
		cmocka_unit_test(alarms),
		cmocka_unit_test(posix_timers),
		cmocka_unit_test(clock_refusals),
		cmocka_unit_test(clock_refusals_unprivileged),
		cmocka_unit_test(settimeofday_nothing),
		cmocka_unit_test(adjtimex_read),
		cmocka_unit_test(times_calls),
		cmocka_unit_test(selects),
		cmocka_unit_test(pselects),
		cmocka_unit_test(glibc_crashes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
