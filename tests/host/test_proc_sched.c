/* The scheduling, priority, personality and id calls of issue 14 next
 * to glibc's: the same results and the same errors (js returns -errno
 * where glibc returns -1 and sets errno).  Changes that stick to a
 * process are made in a child; calls glibc does not wrap (ioprio_*,
 * sched_setattr/getattr, tkill, rt_*sigqueueinfo) are checked against
 * syscall(2) or against the behaviour glibc's nearest function shows. */
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/fsuid.h>
#include <sys/personality.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <pthread.h>
#include "host.h"
#include <libjs/libjs.h>

#define G(call) ((call) == -1 ? -(long)errno : 0L)
#define NOPID 0x3ffffff0

/* glibc's getpriority as libjs reports it: the nice value, or the error
 * moved below -20 (errno cleared first, as getpriority(2) says to). */
static long g_getpriority(int which, id_t who)
{
	errno = 0;
	int n = getpriority(which, who);
	return n == -1 && errno ? -(long)errno : n;
}

/* fn in a child; its exit status (0 is success). */
static int in_child(int (*fn)(void))
{
	int st;
	pid_t pid = fork();

	if (pid == 0)
		_exit(fn());
	assert_true(pid > 0);
	assert_int_equal(waitpid(pid, &st, 0), pid);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 100 + WTERMSIG(st);
}

/* js_getpriority's result as glibc's: the nice value, or -errno. */
static long j_getpriority(int which, int who)
{
	long r = js_getpriority(which, who);

	return r < 0 ? r : JS_PRIO_NICE(r);
}

static void priorities(void **state)
{
	(void)state;
	assert_int_equal(j_getpriority(JS_PRIO_PROCESS, 0), g_getpriority(PRIO_PROCESS, 0));
	assert_int_equal(j_getpriority(JS_PRIO_PGRP, 0), g_getpriority(PRIO_PGRP, 0));
	assert_int_equal(j_getpriority(JS_PRIO_USER, 0), g_getpriority(PRIO_USER, 0));
	assert_int_equal(j_getpriority(99, 0), g_getpriority(99, 0));
	assert_int_equal(j_getpriority(JS_PRIO_PROCESS, NOPID), g_getpriority(PRIO_PROCESS, NOPID));
	assert_int_equal(js_getpriority(JS_PRIO_PROCESS, NOPID), -JS_ESRCH);
	assert_int_equal(js_setpriority(99, 0, 0), G(setpriority(99, 0, 0)));
	assert_int_equal(js_setpriority(JS_PRIO_PROCESS, NOPID, 0), G(setpriority(PRIO_PROCESS, NOPID, 0)));
}

static int nice_child(void)
{
	if (js_setpriority(JS_PRIO_PROCESS, 0, -7) != G(setpriority(PRIO_PROCESS, 0, -7)))
		return 1;
	if (geteuid() == 0 && (j_getpriority(JS_PRIO_PROCESS, 0) != -7 ||
			       g_getpriority(PRIO_PROCESS, 0) != -7))
		return 2;
	if (js_setpriority(JS_PRIO_PROCESS, 0, 12) != 0 ||
	    g_getpriority(PRIO_PROCESS, 0) != 12 ||
	    j_getpriority(JS_PRIO_PROCESS, 0) != 12)
		return 3;
	/* nobody may not lower it again: EACCES from both */
	if (setgid(65534) || setuid(65534))
		return 4;
	if (js_setpriority(JS_PRIO_PROCESS, 0, 0) != -JS_EACCES ||
	    G(setpriority(PRIO_PROCESS, 0, 0)) != -EACCES)
		return 5;
	/* another user's process: EPERM from both */
	if (js_setpriority(JS_PRIO_PROCESS, 1, 19) != G(setpriority(PRIO_PROCESS, 1, 19)))
		return 6;
	return 0;
}

static void nice_values(void **state)
{
	(void)state;
	assert_int_equal(in_child(nice_child), 0);
}

static void sched_queries(void **state)
{
	(void)state;
	static const int pol[] = { SCHED_OTHER, SCHED_FIFO, SCHED_RR, SCHED_BATCH,
				   SCHED_IDLE, SCHED_DEADLINE, JS_SCHED_EXT, 4, 99, -1 };
	struct js_sched_param jp = { -1 };
	struct sched_param gp = { -2 };
	struct js_timespec jt;
	struct timespec gt;

	for (size_t i = 0; i < sizeof pol / sizeof pol[0]; i++) {
		int gmax = sched_get_priority_max(pol[i]);
		int gmin = sched_get_priority_min(pol[i]);
		assert_int_equal(js_sched_get_priority_max(pol[i]), gmax == -1 ? -errno : gmax);
		assert_int_equal(js_sched_get_priority_min(pol[i]), gmin == -1 ? -errno : gmin);
	}
	assert_int_equal(js_sched_getscheduler(0), sched_getscheduler(0));
	assert_int_equal(js_sched_getscheduler(NOPID), G(sched_getscheduler(NOPID)));
	assert_int_equal(js_sched_getscheduler(-1), G(sched_getscheduler(-1)));
	assert_int_equal(js_sched_getparam(0, &jp), sched_getparam(0, &gp));
	assert_int_equal(jp.sched_priority, gp.sched_priority);
	assert_int_equal(js_sched_getparam(NOPID, &jp), G(sched_getparam(NOPID, &gp)));
	assert_int_equal(js_sched_getparam(0, (struct js_sched_param *)16),
			 G(sched_getparam(0, (struct sched_param *)16)));
	assert_int_equal(js_sched_rr_get_interval(0, &jt), sched_rr_get_interval(0, &gt));
	assert_int_equal(jt.tv_sec, gt.tv_sec);
	assert_int_equal(jt.tv_nsec, gt.tv_nsec);
	assert_int_equal(js_sched_rr_get_interval(NOPID, &jt), G(sched_rr_get_interval(NOPID, &gt)));
	assert_int_equal(js_sched_setparam(0, (struct js_sched_param *)16),
			 G(sched_setparam(0, (struct sched_param *)16)));
}

static int sched_child(void)
{
	struct js_sched_param jp = { 0 };
	struct sched_param gp = { 0 };
	struct js_sched_attr a;

	if (js_sched_setscheduler(0, JS_SCHED_BATCH, &jp) != 0 ||
	    sched_getscheduler(0) != SCHED_BATCH)
		return 1;
	jp.sched_priority = gp.sched_priority = 200;
	if (js_sched_setscheduler(0, JS_SCHED_FIFO, &jp) != G(sched_setscheduler(0, SCHED_FIFO, &gp)))
		return 2;
	if (js_sched_setscheduler(0, 77, &jp) != G(sched_setscheduler(0, 77, &gp)))
		return 3;
	if (js_sched_setparam(0, &jp) != G(sched_setparam(0, &gp)))
		return 4;
	if (geteuid() == 0) {
		/* real-time, then back: glibc reads what libjs set */
		jp.sched_priority = 3;
		if (js_sched_setscheduler(0, JS_SCHED_FIFO, &jp) != 0 ||
		    sched_getscheduler(0) != SCHED_FIFO)
			return 5;
		jp.sched_priority = 4;
		if (js_sched_setparam(0, &jp) != 0 || sched_getparam(0, &gp) != 0 ||
		    gp.sched_priority != 4)
			return 6;
		memset(&a, 0, sizeof a);
		if (js_sched_getattr(0, &a, sizeof a, 0) != 0 ||
		    a.sched_policy != JS_SCHED_FIFO || a.sched_priority != 4)
			return 7;
		jp.sched_priority = 0;
		if (js_sched_setscheduler(0, JS_SCHED_OTHER, &jp) != 0)
			return 8;
	}
	/* sched_setattr: SCHED_OTHER nice 6, seen by glibc's calls */
	memset(&a, 0, sizeof a);
	a.size = sizeof a;
	a.sched_nice = 6;
	if (js_sched_setattr(0, &a, 0) != 0 || sched_getscheduler(0) != SCHED_OTHER ||
	    g_getpriority(PRIO_PROCESS, 0) != 6)
		return 9;
	/* the same bytes through syscall(2) */
	a.sched_nice = 5;
	if (syscall(SYS_sched_setattr, 0, &a, 0) != 0)
		return 10;
	memset(&a, 0xff, sizeof a);
	if (js_sched_getattr(0, &a, sizeof a, 0) != 0 || a.size != sizeof a || a.sched_nice != 5)
		return 11;
	/* errors as the raw call gives them */
	if (js_sched_setattr(0, &a, 1) != -JS_EINVAL || js_sched_setattr(0, 0, 0) != -JS_EINVAL)
		return 12;
	a.size = 8;
	if (js_sched_setattr(0, &a, 0) != -JS_E2BIG)
		return 13;
	return 0;
}

static void sched_set(void **state)
{
	(void)state;
	assert_int_equal(in_child(sched_child), 0);
}

static void sched_attr_errors(void **state)
{
	(void)state;
	struct js_sched_attr a;

	assert_int_equal(js_sched_getattr(0, &a, sizeof a, 0),
			 G(syscall(SYS_sched_getattr, 0, &a, sizeof a, 0)));
	assert_int_equal(js_sched_getattr(0, &a, 8, 0), G(syscall(SYS_sched_getattr, 0, &a, 8, 0)));
	assert_int_equal(js_sched_getattr(0, &a, 8, 0), -JS_EINVAL);
	assert_int_equal(js_sched_getattr(0, &a, sizeof a, 1), -JS_EINVAL);
	assert_int_equal(js_sched_getattr(NOPID, &a, sizeof a, 0), -JS_ESRCH);
	assert_int_equal(js_sched_getattr(0, (struct js_sched_attr *)16, sizeof a, 0),
			 G(syscall(SYS_sched_getattr, 0, 16, sizeof a, 0)));
}

static void ioprios(void **state)
{
	(void)state;
	assert_int_equal(js_ioprio_get(JS_IOPRIO_WHO_PROCESS, 0),
			 syscall(SYS_ioprio_get, 1, 0));
	assert_int_equal(js_ioprio_get(99, 0), G(syscall(SYS_ioprio_get, 99, 0)));
	assert_int_equal(js_ioprio_get(JS_IOPRIO_WHO_PROCESS, NOPID),
			 G(syscall(SYS_ioprio_get, 1, NOPID)));
	assert_int_equal(js_ioprio_set(JS_IOPRIO_WHO_PROCESS, 0, JS_IOPRIO_PRIO_VALUE(5, 0)),
			 G(syscall(SYS_ioprio_set, 1, 0, 5 << 13)));
}

static int ioprio_child(void)
{
	int v = JS_IOPRIO_PRIO_VALUE(JS_IOPRIO_CLASS_BE, 3);

	if (js_ioprio_set(JS_IOPRIO_WHO_PROCESS, 0, v) != 0 ||
	    syscall(SYS_ioprio_get, 1, 0) != v)
		return 1;
	return 0;
}

static void ioprio_set_child(void **state)
{
	(void)state;
	assert_int_equal(in_child(ioprio_child), 0);
}

static int persona_child(void)
{
	int g = personality(0xffffffff);

	if (js_personality(0xffffffff) != g)
		return 1;
	if (js_personality((unsigned long)g | JS_ADDR_NO_RANDOMIZE) != g)
		return 2;
	if (personality(0xffffffff) != (g | ADDR_NO_RANDOMIZE))
		return 3;
	/* the upper half of the long is dropped, as glibc's int does */
	if (js_personality(0x100000000UL | 0xffffffff) != (g | ADDR_NO_RANDOMIZE))
		return 4;
	return 0;
}

static void personalities(void **state)
{
	(void)state;
	assert_int_equal(js_personality(0xffffffff), personality(0xffffffff));
	assert_int_equal(in_child(persona_child), 0);
}

static int ids_child(void)
{
	if (js_setfsuid(-1u) != setfsuid(-1u) || js_setfsgid(-1u) != setfsgid(-1u))
		return 1;
	if (js_setreuid(-1u, -1u) != G(setreuid(-1, -1)))
		return 2;
	if (geteuid() != 0)
		return 0;
	if (js_setfsuid(1234) != 0 || setfsuid(-1u) != 1234)
		return 3;
	if (js_setregid(65534, 65534) != 0 || getgid() != 65534 || getegid() != 65534)
		return 4;
	if (js_setreuid(65534, 1000) != 0 || getuid() != 65534 || geteuid() != 1000)
		return 5;
	if (js_setreuid(0, 0) != G(setreuid(0, 0)) || js_setreuid(0, 0) != -JS_EPERM)
		return 6;
	if (js_setregid(0, -1u) != G(setregid(0, -1)) || js_setregid(0, -1u) != -JS_EPERM)
		return 7;
	return 0;
}

static void ids(void **state)
{
	(void)state;
	assert_int_equal(in_child(ids_child), 0);
	assert_int_equal(js_getpgrp(), getpgrp());
}

static void tkills(void **state)
{
	(void)state;
	sigset_t s;
	siginfo_t si;
	struct timespec ten = { 10, 0 };

	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	sigprocmask(SIG_BLOCK, &s, 0);
	assert_int_equal(js_tkill(gettid(), JS_SIGUSR1), 0);
	/* glibc's sigtimedwait folds SI_TKILL into SI_USER (for raise);
	 * the kernel's code is seen through libjs's */
	assert_int_equal(js_sigtimedwait((js_sigset_t *)&s, (js_siginfo_t *)&si,
					 (struct js_timespec *)&ten), SIGUSR1);
	assert_int_equal(si.si_code, SI_TKILL);
	assert_int_equal(si.si_pid, getpid());
	assert_int_equal(js_tkill(gettid(), JS_SIGUSR1), 0);
	assert_int_equal(sigtimedwait(&s, &si, &ten), SIGUSR1);
	assert_int_equal(si.si_code, SI_USER);
	assert_int_equal(js_tkill(-1, JS_SIGUSR1), G(syscall(SYS_tkill, -1, SIGUSR1)));
	assert_int_equal(js_tkill(NOPID, JS_SIGUSR1), G(syscall(SYS_tkill, NOPID, SIGUSR1)));
	assert_int_equal(js_tkill(gettid(), 99), G(syscall(SYS_tkill, gettid(), 99)));
	sigprocmask(SIG_UNBLOCK, &s, 0);
}

/* rt_sigqueueinfo with the info glibc's sigqueue builds arrives as
 * sigqueue's does; the errors are sigqueue's / pthread_sigqueue's. */
static void sigqueues(void **state)
{
	(void)state;
	sigset_t s;
	siginfo_t gi, ji;
	js_siginfo_t q;
	struct timespec ten = { 10, 0 };
	union sigval v = { .sival_int = 31 };

	sigemptyset(&s);
	sigaddset(&s, SIGUSR2);
	sigprocmask(SIG_BLOCK, &s, 0);
	assert_int_equal(sigqueue(getpid(), SIGUSR2, v), 0);
	assert_int_equal(sigtimedwait(&s, &gi, &ten), SIGUSR2);
	memset(&q, 0, sizeof q);
	q.si_signo = JS_SIGUSR2;
	q.si_code = JS_SI_QUEUE;
	q.si_pid = getpid();
	q.si_uid = getuid();
	q.si_value.sival_int = 31;
	assert_int_equal(js_rt_sigqueueinfo(getpid(), JS_SIGUSR2, &q), 0);
	assert_int_equal(sigtimedwait(&s, &ji, &ten), SIGUSR2);
	assert_int_equal(ji.si_code, gi.si_code);
	assert_int_equal(ji.si_pid, gi.si_pid);
	assert_int_equal(ji.si_uid, gi.si_uid);
	assert_int_equal(ji.si_value.sival_int, gi.si_value.sival_int);
	/* to this thread: as pthread_sigqueue sends it */
	assert_int_equal(pthread_sigqueue(pthread_self(), SIGUSR2, v), 0);
	assert_int_equal(sigtimedwait(&s, &gi, &ten), SIGUSR2);
	assert_int_equal(js_rt_tgsigqueueinfo(getpid(), gettid(), JS_SIGUSR2, &q), 0);
	assert_int_equal(sigtimedwait(&s, &ji, &ten), SIGUSR2);
	assert_int_equal(ji.si_code, gi.si_code);
	assert_int_equal(ji.si_value.sival_int, gi.si_value.sival_int);
	/* errors */
	assert_int_equal(js_rt_sigqueueinfo(NOPID, JS_SIGUSR2, &q), G(sigqueue(NOPID, SIGUSR2, v)));
	assert_int_equal(js_rt_sigqueueinfo(getpid(), 99, &q), G(sigqueue(getpid(), 99, v)));
	assert_int_equal(js_rt_tgsigqueueinfo(getpid(), NOPID, JS_SIGUSR2, &q), -JS_ESRCH);
	assert_int_equal(js_rt_tgsigqueueinfo(getpid(), gettid(), 99, &q),
			 -(long)pthread_sigqueue(pthread_self(), 99, v));
	q.si_code = JS_SI_USER;
	assert_int_equal(js_rt_sigqueueinfo(1, JS_SIGUSR2, &q),
			 G(syscall(SYS_rt_sigqueueinfo, 1, SIGUSR2, &q)));
	assert_int_equal(js_rt_sigqueueinfo(1, JS_SIGUSR2, &q), -JS_EPERM);
	sigprocmask(SIG_UNBLOCK, &s, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(priorities),
		cmocka_unit_test(nice_values),
		cmocka_unit_test(sched_queries),
		cmocka_unit_test(sched_set),
		cmocka_unit_test(sched_attr_errors),
		cmocka_unit_test(ioprios),
		cmocka_unit_test(ioprio_set_child),
		cmocka_unit_test(personalities),
		cmocka_unit_test(ids),
		cmocka_unit_test(tkills),
		cmocka_unit_test(sigqueues),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
