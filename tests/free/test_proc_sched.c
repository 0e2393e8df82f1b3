/* Freestanding, on all three architectures: scheduling, priorities,
 * personality, the re/fs id calls, getpgrp (getpgid(0) on aarch64 and
 * riscv64), tkill and the queued-signal calls (issue 14).  Changes that
 * stick to a process are made in a child. */
#include "runner.h"

/* Run fn in a child, bounded: its exit status, or -1 if it had to be
 * killed after 10 s. */
static int in_child(int (*fn)(void))
{
	struct js_timespec step = { 0, 10000000 };
	int st = 0;
	long pid = js_fork(), r = 0;

	if (pid == 0)
		js_exit_group(fn());
	if (pid < 0)
		return -2;
	for (int i = 0; i < 1000 && r == 0; i++) {
		r = js_wait4((int)pid, &st, JS_WNOHANG, 0);
		if (r == 0)
			js_nanosleep(&step, 0);
	}
	if (r == 0) {
		js_kill((int)pid, JS_SIGKILL);
		js_wait4((int)pid, &st, 0, 0);
		return -1;
	}
	return JS_WIFEXITED(st) ? JS_WEXITSTATUS(st) : 100 + JS_WTERMSIG(st);
}

static void t_priority(void)
{
	long n = js_getpriority(JS_PRIO_PROCESS, 0);

	CHECK(n >= 1 && n <= 40);
	CHECK(JS_PRIO_NICE(n) >= -20 && JS_PRIO_NICE(n) <= 19);
	CHECK_EQ(js_getpriority(99, 0), -JS_EINVAL);
	CHECK_EQ(js_getpriority(JS_PRIO_PROCESS, 0x3ffffff0), -JS_ESRCH);
	CHECK_EQ(js_setpriority(99, 0, 0), -JS_EINVAL);
}

static int nice_child(void)
{
	/* root may lower the nice value: a negative one reads back as
	 * itself, never as an error */
	if (js_setpriority(JS_PRIO_PROCESS, 0, 7) != 0 ||
	    JS_PRIO_NICE(js_getpriority(JS_PRIO_PROCESS, 0)) != 7)
		return 1;
	if (js_geteuid() == 0) {
		if (js_setpriority(JS_PRIO_PROCESS, 0, -3) != 0 ||
		    JS_PRIO_NICE(js_getpriority(JS_PRIO_PROCESS, 0)) != -3)
			return 2;
	}
	/* clamped to 19 */
	if (js_setpriority(JS_PRIO_PROCESS, 0, 100) != 0 ||
	    JS_PRIO_NICE(js_getpriority(JS_PRIO_PROCESS, 0)) != 19)
		return 3;
	return 0;
}

static void t_nice_values(void)
{
	CHECK_EQ(in_child(nice_child), 0);
}

static void t_sched_queries(void)
{
	struct js_sched_param sp = { -1 };
	struct js_timespec ts = { -1, -1 };

	CHECK_EQ(js_sched_getscheduler(0), JS_SCHED_OTHER);
	CHECK_EQ(js_sched_getparam(0, &sp), 0);
	CHECK_EQ(sp.sched_priority, 0);
	CHECK_EQ(js_sched_get_priority_max(JS_SCHED_FIFO), 99);
	CHECK_EQ(js_sched_get_priority_min(JS_SCHED_FIFO), 1);
	CHECK_EQ(js_sched_get_priority_max(JS_SCHED_RR), 99);
	CHECK_EQ(js_sched_get_priority_max(JS_SCHED_OTHER), 0);
	CHECK_EQ(js_sched_get_priority_min(JS_SCHED_BATCH), 0);
	CHECK_EQ(js_sched_get_priority_max(JS_SCHED_IDLE), 0);
	CHECK_EQ(js_sched_get_priority_max(JS_SCHED_DEADLINE), 0);
	/* Linux 6.12's sched_ext policy is known (this kernel: 6.18; make
	 * check-boot's 6.1 kernels refuse it, docs/boot.md) */
	CHECK_EQ(js_sched_get_priority_max(JS_SCHED_EXT), jt_kernel_before(6, 12) ? -JS_EINVAL : 0);
	CHECK_EQ(js_sched_get_priority_min(JS_SCHED_EXT), jt_kernel_before(6, 12) ? -JS_EINVAL : 0);
	CHECK_EQ(js_sched_get_priority_max(99), -JS_EINVAL);
	CHECK_EQ(js_sched_get_priority_min(-1), -JS_EINVAL);
	CHECK_EQ(js_sched_rr_get_interval(0, &ts), 0);
	CHECK(ts.tv_sec >= 0 && ts.tv_nsec >= 0);
	CHECK_EQ(js_sched_getscheduler(-1), -JS_EINVAL);
	CHECK_EQ(js_sched_getscheduler(0x3ffffff0), -JS_ESRCH);
	CHECK_EQ(js_sched_getparam(0, (struct js_sched_param *)16), -JS_EFAULT);
}

static int sched_child(void)
{
	struct js_sched_param sp = { 0 };
	struct js_sched_attr a = { 0 };

	if (js_sched_setscheduler(0, JS_SCHED_BATCH, &sp) != 0)
		return 1;
	if (js_sched_getscheduler(0) != JS_SCHED_BATCH)
		return 2;
	sp.sched_priority = 5;
	if (js_sched_setscheduler(0, JS_SCHED_BATCH, &sp) != -JS_EINVAL)
		return 3;
	/* sched_setattr: back to SCHED_OTHER with nice 4, read back whole */
	a.size = sizeof a;
	a.sched_policy = JS_SCHED_OTHER;
	a.sched_nice = 4;
	if (js_sched_setattr(0, &a, 0) != 0)
		return 4;
	for (unsigned int i = 0; i < sizeof a; i++)
		((unsigned char *)&a)[i] = 0xa5;
	if (js_sched_getattr(0, &a, sizeof a, 0) != 0)
		return 5;
	if (a.size != sizeof a || a.sched_policy != JS_SCHED_OTHER ||
	    a.sched_nice != 4 || a.sched_priority != 0 || a.sched_flags != 0)
		return 6;
	if (JS_PRIO_NICE(js_getpriority(JS_PRIO_PROCESS, 0)) != 4 ||
	    js_sched_getscheduler(0) != JS_SCHED_OTHER)
		return 7;
	/* and on to SCHED_IDLE */
	a.size = sizeof a;
	a.sched_policy = JS_SCHED_IDLE;
	a.sched_nice = 0;
	if (js_sched_setattr(0, &a, 0) != 0 ||
	    js_sched_getscheduler(0) != JS_SCHED_IDLE)
		return 10;
	/* reset-on-fork shows in getscheduler */
	sp.sched_priority = 0;
	if (js_sched_setscheduler(0, JS_SCHED_OTHER | JS_SCHED_RESET_ON_FORK, &sp) != 0)
		return 8;
	if (js_sched_getscheduler(0) != (JS_SCHED_OTHER | JS_SCHED_RESET_ON_FORK))
		return 9;
	return 0;
}

static void t_sched_set(void)
{
	struct js_sched_attr a = { 0 };
	long r;

	r = js_sched_getattr(0, &a, sizeof a, 0);
	CHECK_EQ(r, 0);
	CHECK_EQ(a.size, JS_SCHED_ATTR_SIZE_VER1);
	CHECK_EQ(a.sched_policy, JS_SCHED_OTHER);
	CHECK_EQ(a.sched_nice, JS_PRIO_NICE(js_getpriority(JS_PRIO_PROCESS, 0)));
	CHECK_EQ(js_sched_getattr(0, &a, 8, 0), -JS_EINVAL);
	CHECK_EQ(js_sched_getattr(0, &a, sizeof a, 1), -JS_EINVAL);
	CHECK_EQ(in_child(sched_child), 0);
}

static void t_ioprio(void)
{
	long r = js_ioprio_get(JS_IOPRIO_WHO_PROCESS, 0);

	CHECK(r >= 0);
	CHECK_EQ(js_ioprio_get(99, 0), -JS_EINVAL);
	CHECK_EQ(js_ioprio_get(JS_IOPRIO_WHO_PROCESS, 0x3ffffff0), -JS_ESRCH);
	CHECK_EQ(js_ioprio_set(JS_IOPRIO_WHO_PROCESS, 0,
			       JS_IOPRIO_PRIO_VALUE(5, 0)), -JS_EINVAL);
}

static int ioprio_child(void)
{
	int v = JS_IOPRIO_PRIO_VALUE(JS_IOPRIO_CLASS_BE, 6);

	if (js_ioprio_set(JS_IOPRIO_WHO_PROCESS, 0, v) != 0)
		return 1;
	if (js_ioprio_get(JS_IOPRIO_WHO_PROCESS, 0) != v)
		return 2;
	v = JS_IOPRIO_PRIO_VALUE(JS_IOPRIO_CLASS_IDLE, 0);
	if (js_ioprio_set(JS_IOPRIO_WHO_PROCESS, 0, v) != 0 ||
	    js_ioprio_get(JS_IOPRIO_WHO_PROCESS, 0) != v)
		return 3;
	return 0;
}

static void t_ioprio_set(void)
{
	CHECK_EQ(in_child(ioprio_child), 0);
}

static int persona_child(void)
{
	long old = js_personality(0xffffffff);

	if (old < 0 || (old & JS_PER_MASK) != JS_PER_LINUX)
		return 1;
	if (js_personality((unsigned long)old | JS_ADDR_NO_RANDOMIZE) != old)
		return 2;
	if (js_personality(0xffffffff) != (old | JS_ADDR_NO_RANDOMIZE))
		return 3;
	return 0;
}

static void t_personality(void)
{
	CHECK(js_personality(0xffffffff) >= 0);
	CHECK_EQ(in_child(persona_child), 0);
}

static int ids_child(void)
{
	unsigned int r, e, s;

	if (js_setreuid(-1u, -1u) != 0 || js_setregid(-1u, -1u) != 0)
		return 1;
	if (js_setfsuid(-1u) != js_geteuid() || js_setfsgid(-1u) != js_getegid())
		return 2;
	if (js_geteuid() != 0)
		return 0;
	/* root: fs ids follow the call, then become someone else */
	if (js_setfsuid(4242) != 0 || js_setfsuid(-1u) != 4242)
		return 3;
	if (js_setfsgid(4343) != 0 || js_setfsgid(-1u) != 4343)
		return 4;
	if (js_setregid(65534, 65534) != 0 || js_setreuid(65534, 65534) != 0)
		return 5;
	if (js_getresuid(&r, &e, &s) != 0 || r != 65534 || e != 65534 || s != 65534)
		return 6;
	if (js_setreuid(0, 0) != -JS_EPERM)
		return 7;
	/* no privilege: the fs id stays, the old one still comes back */
	if (js_setfsuid(0) != 65534 || js_setfsuid(-1u) != 65534)
		return 8;
	return 0;
}

static void t_ids(void)
{
	CHECK_EQ(in_child(ids_child), 0);
	CHECK_EQ(js_getpgrp(), js_getpgid(0));
	CHECK(js_getpgrp() > 0);
}

static void t_tkill_sigqueue(void)
{
	struct js_timespec ten = { 10, 0 };
	js_sigset_t s;
	js_siginfo_t si, q = { 0 };

	js_sigemptyset(&s);
	js_sigaddset(&s, JS_SIGUSR2);
	js_sigprocmask(JS_SIG_BLOCK, &s, 0);
	CHECK_EQ(js_tkill((int)js_gettid(), JS_SIGUSR2), 0);
	CHECK_EQ(js_sigtimedwait(&s, &si, &ten), JS_SIGUSR2);
	CHECK_EQ(si.si_code, JS_SI_TKILL);
	CHECK_EQ(si.si_pid, js_getpid());
	CHECK_EQ(js_tkill(-1, JS_SIGUSR2), -JS_EINVAL);
	CHECK_EQ(js_tkill(0x3ffffff0, JS_SIGUSR2), -JS_ESRCH);
	q.si_signo = JS_SIGUSR2;
	q.si_code = JS_SI_QUEUE;
	q.si_pid = (int)js_getpid();
	q.si_uid = (unsigned int)js_getuid();
	q.si_value.sival_int = 77;
	CHECK_EQ(js_rt_sigqueueinfo((int)js_getpid(), JS_SIGUSR2, &q), 0);
	CHECK_EQ(js_sigtimedwait(&s, &si, &ten), JS_SIGUSR2);
	CHECK_EQ(si.si_code, JS_SI_QUEUE);
	CHECK_EQ(si.si_value.sival_int, 77);
	q.si_value.sival_int = 78;
	CHECK_EQ(js_rt_tgsigqueueinfo((int)js_getpid(), (int)js_gettid(), JS_SIGUSR2, &q), 0);
	CHECK_EQ(js_sigtimedwait(&s, &si, &ten), JS_SIGUSR2);
	CHECK_EQ(si.si_value.sival_int, 78);
	CHECK_EQ(js_rt_tgsigqueueinfo((int)js_getpid(), 0x3ffffff0, JS_SIGUSR2, &q), -JS_ESRCH);
	/* a kernel-looking si_code to someone else is refused */
	q.si_code = JS_SI_USER;
	CHECK_EQ(js_rt_sigqueueinfo(1, JS_SIGUSR2, &q), -JS_EPERM);
	CHECK_EQ(js_rt_sigqueueinfo((int)js_getpid(), JS_SIGUSR2, (js_siginfo_t *)16), -JS_EFAULT);
	js_sigprocmask(JS_SIG_UNBLOCK, &s, 0);
}

JT_MAIN(T(t_priority), T(t_nice_values), T(t_sched_queries), T(t_sched_set),
	T(t_ioprio), T(t_ioprio_set), T(t_personality), T(t_ids),
	T(t_tkill_sigqueue))
