/* Freestanding: fork, vfork, clone and wait without libc. */
#include "runner.h"

static long status_of(long pid)
{
	int st = -1;

	if (pid <= 0 || js_wait4((int)pid, &st, 0, 0) != pid)
		return -1;
	return st;
}

static void t_fork_wait4(void)
{
	long pid = js_fork();

	if (pid == 0)
		js_exit_group(17);
	CHECK(pid > 0);
	long st = status_of(pid);
	CHECK(JS_WIFEXITED(st));
	CHECK_EQ(JS_WEXITSTATUS(st), 17);
	CHECK_EQ(js_wait4(-1, 0, JS_WNOHANG, 0), -JS_ECHILD);
}

static void t_fork_waitid(void)
{
	js_siginfo_t info;
	long pid = js_fork();

	if (pid == 0)
		js_exit_group(4);
	info.si_pid = 0;
	CHECK_EQ(js_waitid(JS_P_PID, (int)pid, &info, JS_WEXITED), 0);
	CHECK_EQ(info.si_pid, pid);
	CHECK_EQ(info.si_code, JS_CLD_EXITED);
	CHECK_EQ(info.si_status, 4);
}

static void t_kill_child(void)
{
	long pid = js_fork();

	if (pid == 0) {
		struct js_timespec t = { 60, 0 };
		js_nanosleep(&t, 0);
		js_exit_group(0);
	}
	CHECK_EQ(js_kill((int)pid, JS_SIGTERM), 0);
	long st = status_of(pid);
	CHECK(JS_WIFSIGNALED(st));
	CHECK_EQ(JS_WTERMSIG(st), JS_SIGTERM);
}

/* The parent resumes after the child's exit.  That the memory is shared
 * is checked by the host test: qemu-user, which runs this suite on the
 * other architectures, turns vfork into fork. */
static void t_vfork(void)
{
	long pid = js_vfork();

	if (pid == 0)
		js_exit(3);
	CHECK(pid > 0);
	CHECK_EQ(JS_WEXITSTATUS(status_of(pid)), 3);
}

static char stack[16384] __attribute__((aligned(16)));

static int child_fn(void *arg)
{
	*(int *)arg += 1;
	return 21;
}

/* A thread on its own stack: the kernel stores its tid in `tid` before
 * js_clone_fn returns (CLONE_PARENT_SETTID) and clears it when the thread
 * exits (CLONE_CHILD_CLEARTID).  A thread, not a CLONE_VM process, because
 * qemu-user accepts CLONE_VM only with the thread flags. */
static void t_clone_fn_thread(void)
{
	int v = 41;
	volatile int tid = 0;
	long r = js_clone_fn(child_fn, stack + sizeof stack,
			     JS_CLONE_VM | JS_CLONE_FS | JS_CLONE_FILES |
			     JS_CLONE_SIGHAND | JS_CLONE_THREAD | JS_CLONE_SYSVSEM |
			     JS_CLONE_PARENT_SETTID | JS_CLONE_CHILD_CLEARTID,
			     &v, (int *)&tid, 0, (int *)&tid);

	CHECK(r > 0);
	CHECK(r != js_getpid());
	for (long i = 0; i < 10000000 && tid != 0; i++)
		js_sched_yield();
	CHECK_EQ(tid, 0);
	CHECK_EQ(v, 42);
	CHECK_EQ(js_clone_fn(0, stack, 0, 0, 0, 0, 0), -JS_EINVAL);
}

/* The raw clone with a child_tid and a (zero) tls: the kernel writes the
 * child's tid where js_clone's fourth argument points only if libjs put
 * the arguments in this architecture's order. */
static void t_clone_raw_arg_order(void)
{
	static int ctid;
	long pid = js_clone(JS_CLONE_CHILD_SETTID | JS_SIGCHLD, 0, 0, &ctid, 0);

	if (pid == 0)
		js_exit_group(ctid == js_gettid() ? 0 : 1);
	CHECK(pid > 0);
	CHECK_EQ(status_of(pid), 0);
}

static void t_ids(void)
{
	long pid = js_getpid();

	CHECK(pid > 0);
	CHECK_EQ(js_gettid(), pid);
	CHECK(js_getppid() > 0);
	CHECK_EQ(js_kill((int)pid, 0), 0);
	struct js_utsname u;
	CHECK_EQ(js_uname(&u), 0);
	CHECK_STR(u.sysname, "Linux");
	CHECK(u.machine[0] != 0);
}

static void t_time(void)
{
	struct js_timespec a, b, d = { 0, 2000000 };

	CHECK_EQ(js_clock_gettime(JS_CLOCK_MONOTONIC, &a), 0);
	CHECK_EQ(js_nanosleep(&d, 0), 0);
	CHECK_EQ(js_clock_gettime(JS_CLOCK_MONOTONIC, &b), 0);
	CHECK((b.tv_sec - a.tv_sec) * 1000000000L + (b.tv_nsec - a.tv_nsec) >= 2000000);
	CHECK(js_time(0) > 1700000000L);
}

JT_MAIN(T(t_fork_wait4), T(t_fork_waitid), T(t_kill_child), T(t_vfork),
	T(t_clone_fn_thread), T(t_clone_raw_arg_order), T(t_ids), T(t_time))
