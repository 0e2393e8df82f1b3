/* The calls libjs makes outside the hook, or that do not come back,
 * traced as strace shows them (docs/tracing.md, "Calls that do not
 * return, and calls made in assembly"): js_vfork's and js_clone_fn's
 * lines in the parent only, a vfork made through the hook shown as the fork it is made as,
 * execve's line written before the call, the x86_64 signal restorer's
 * rt_sigreturn, exit_group's "= ?". */
#include "runner.h"

static int rd, wr;
static char out[8192];

static void start(void)
{
	int fds[2];

	CHECK_EQ(js_pipe2(fds, JS_O_CLOEXEC | JS_O_NONBLOCK), 0);
	rd = fds[0];
	wr = fds[1];
	js_trace_set(1, wr);
}

static const char *stop(void)
{
	long n, got = 0;

	js_trace_set(0, 2);
	while (got < (long)sizeof out - 1 &&
	       (n = js_read(rd, out + got, sizeof out - 1 - (size_t)got)) > 0)
		got += n;
	out[got] = 0;
	js_close(rd);
	js_close(wr);
	return out;
}

static int count(const char *s, const char *what)
{
	int n = 0;

	for (; (s = js_strstr(s, what)) != 0; s++)
		n++;
	return n;
}

static long reap(long pid)
{
	int st = -1;

	CHECK_EQ(js_wait4((int)pid, &st, 0, 0), pid);
	return JS_WIFEXITED(st) ? JS_WEXITSTATUS(st) : -1;
}

/* js_vfork: the parent's line once it resumes; none in the child (its
 * exit_group has one, "= ?", written before the call). */
static void t_js_vfork(void)
{
	char want[256];
	long pid;

	start();
	pid = js_vfork();
	if (pid == 0)
		js_exit_group(5);
	CHECK(pid > 0);
	CHECK_EQ(reap(pid), 5);
	stop();
	/* qemu-user makes a vfork a fork (the parent is not suspended): the
	 * two lines may come in either order. */
	CHECK(js_strstr(out, "libjs:syscall exit_group(5) = ?\n") != 0);
#ifdef JS_NR_vfork
	js_snprintf(want, sizeof want, "libjs:syscall vfork() = %ld\n", pid);
	CHECK(js_strstr(out, want) != 0);
#else
	/* No vfork call here: clone(CLONE_VM|CLONE_VFORK|SIGCHLD), as the
	 * kernel's vfork makes it, and as strace shows it. */
	js_snprintf(want, sizeof want, ") = %ld\n", pid);
	CHECK(js_strstr(out, want) != 0);
	CHECK(js_strstr(out, "libjs:syscall clone(") != 0);
#endif
	CHECK(js_strstr(out, ") = 0\n") == 0);
}

/* A vfork through the hook (js_syscall) is made a fork (the child would
 * return through the hook's frame), and shown as the fork strace sees. */
static void t_hooked_vfork(void)
{
#ifdef JS_NR_vfork
	char want[256];
	long pid;

	start();
	pid = js_syscall(JS_NR_vfork);
	if (pid == 0)
		js_exit_group(6);
	CHECK(pid > 0);
	CHECK_EQ(reap(pid), 6);
	stop();
	/* The child's exit_group line may come before or after. */
	js_snprintf(want, sizeof want, "libjs:syscall fork() = %ld\n", pid);
	CHECK(js_strstr(out, want) != 0);
	CHECK(js_strstr(out, "libjs:syscall exit_group(6) = ?\n") != 0);
	CHECK(js_strstr(out, "vfork") == 0);
	CHECK(js_strstr(out, "() = 0\n") == 0);
#endif
}

static int worker(void *arg)
{
	(void)arg;
	js_getppid();
	return 4;
}

/* js_clone_fn (assembly: the child starts on its own stack) reports the
 * clone in the parent; the new thread has no line for it, then its own
 * lines marked with its id, as strace -f marks them. */
static void t_thread_clone(void)
{
	struct js_thread t;
	char want[64];
	int res = 0;
	long r;

	start();
	r = js_thread_create(&t, worker, 0, 0);
	CHECK_EQ(r, 0);
	CHECK_EQ(js_thread_join(&t, &res), 0);
	stop();
	CHECK_EQ(res, 4);
	js_snprintf(want, sizeof want, ") = %d\n", t.tid);
	CHECK(js_strstr(out, "libjs:syscall clone(") != 0);
	CHECK(js_strstr(js_strstr(out, "libjs:syscall clone("), want) != 0);
	js_snprintf(want, sizeof want, "libjs:syscall [pid %d] getppid() = ", t.tid);
	CHECK(js_strstr(out, want) != 0);
	CHECK_EQ(count(out, "libjs:syscall clone("), 1);
	CHECK_EQ(count(out, "clone("), 1);
}

/* A failed execve: the line written before the call (as if it had
 * succeeded: strace's "= 0", shown by the new program) and the error
 * after. */
static void t_execve_failed(void)
{
	char *argv[] = { "nope", 0 }, *envp[] = { 0 };
	long r;

	start();
	r = js_execve("/nonexistent/nope", argv, envp);
	stop();
	CHECK_EQ(r, -JS_ENOENT);
	CHECK(js_strstr(out, "libjs:syscall execve(\"/nonexistent/nope\"") == out);
	CHECK(js_strstr(out, ") = 0\nlibjs:syscall execve(\"/nonexistent/nope\"") != 0);
	CHECK(js_strstr(out, ") = -1 ENOENT (No such file or directory)\n") != 0);
}

static volatile int caught;

static void on_usr1(int sig)
{
	caught = sig;
}

/* The signal restorer (x86_64: libjs's own, installed by a js_sigaction
 * made while tracing) reports rt_sigreturn with the
 * mask it restores and the interrupted call's result; on aarch64 and
 * riscv64 the kernel's vDSO makes the call, and no line can be. */
static void t_sigreturn(void)
{
	struct js_sigaction sa = { 0 };
	long r;

	start();
	sa.sa_handler = on_usr1;
	CHECK_EQ(js_sigaction(JS_SIGUSR1, &sa, 0), 0);
	r = js_kill((int)js_getpid(), JS_SIGUSR1);
	stop();
	CHECK_EQ(r, 0);
	CHECK_EQ(caught, JS_SIGUSR1);
	sa.sa_handler = JS_SIG_DFL;
	js_sigaction(JS_SIGUSR1, &sa, 0);
#ifdef JS__RESTORE_RT
	/* Before kill's own line: the signal is delivered as kill returns,
	 * before the hook writes that line (strace, outside, sees the
	 * return first). */
	CHECK(js_strstr(out, "libjs:syscall rt_sigreturn({mask=[]}) = 0\n"
			     "libjs:syscall kill(") != 0);
#else
	CHECK(js_strstr(out, "rt_sigreturn") == 0);
#endif
}

JT_MAIN(T(t_js_vfork), T(t_hooked_vfork), T(t_thread_clone), T(t_execve_failed), T(t_sigreturn))
