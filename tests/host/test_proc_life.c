/* Process life cycle next to glibc: fork, exec, wait, vfork, clone,
 * clone3, orphans, pidfds.  Children report through their exit status
 * and leave with js_exit_group (no atexit handlers, no sanitizer leak
 * check in the child). */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <fcntl.h>
#include <libgen.h>
#include "host.h"
#include <libjs/libjs.h>

static int child_status(long pid)
{
	int st = -1;

	assert_true(pid > 0);
	assert_int_equal(js_wait4((int)pid, &st, 0, 0), pid);
	return st;
}

static void fork_exit_code_wait4(void **state)
{
	(void)state;
	struct js_rusage ru;
	int st = -1;
	long pid = js_fork();

	if (pid == 0) {
		/* touch fresh pages so the child has a resident set to report */
		volatile char buf[256 * 1024];
		for (size_t i = 0; i < sizeof buf; i += 512)
			buf[i] = 1;
		js_exit_group(42);
	}
	assert_true(pid > 0);
	memset(&ru, 0, sizeof ru);
	assert_int_equal(js_wait4((int)pid, &st, 0, &ru), pid);
	assert_true(JS_WIFEXITED(st) && WIFEXITED(st));
	assert_int_equal(JS_WEXITSTATUS(st), 42);
	assert_true(ru.ru_maxrss > 0);
	/* Nothing left to wait for. */
	assert_int_equal(js_wait4(-1, &st, JS_WNOHANG, 0), -JS_ECHILD);
}

static void fork_killed_by_signal(void **state)
{
	(void)state;
	long pid = js_fork();

	if (pid == 0) {
		for (;;)
			js_sched_yield();
	}
	assert_int_equal(js_kill((int)pid, JS_SIGKILL), 0);
	int st = child_status(pid);
	assert_true(JS_WIFSIGNALED(st) && WIFSIGNALED(st));
	assert_int_equal(JS_WTERMSIG(st), SIGKILL);
	assert_false(JS_WIFEXITED(st));
}

static void fork_exit_code_waitid(void **state)
{
	(void)state;
	js_siginfo_t info;
	long pid = js_fork();

	if (pid == 0)
		js_exit_group(7);
	memset(&info, 0, sizeof info);
	assert_int_equal(js_waitid(JS_P_PID, (int)pid, &info, JS_WEXITED), 0);
	assert_int_equal(info.si_signo, JS_SIGCHLD);
	assert_int_equal(info.si_code, JS_CLD_EXITED);
	assert_int_equal(info.si_pid, pid);
	assert_int_equal(info.si_status, 7);
	assert_int_equal(js_waitid(JS_P_PID, (int)pid, &info, JS_WEXITED), -JS_ECHILD);
	assert_int_equal(js_waitid(JS_P_ALL, 0, &info, 0), -JS_EINVAL);
}

static long run(const char *path, char *const argv[], char *const envp[])
{
	long pid = js_fork();

	if (pid == 0) {
		js_execve(path, argv, envp);
		js_exit_group(99);
	}
	return child_status(pid);
}

static void execve_bin_true_and_false(void **state)
{
	(void)state;
	char *argv[] = { "true", 0 }, *envp[] = { 0 };
	assert_int_equal(run("/bin/true", argv, envp), 0);
	argv[0] = "false";
	assert_int_equal(JS_WEXITSTATUS(run("/bin/false", argv, envp)), 1);
	assert_int_equal(js_execve("/nonexistent", argv, envp), -JS_ENOENT);
}

/* The freestanding exec target sits in build/tests/free, next to this
 * program's directory (build/tests/host or build/tests/san). */
static void free_target(char *out, size_t n)
{
	char exe[512];
	ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);

	assert_true(len > 0);
	exe[len] = 0;
	snprintf(out, n, "%s/../free/test_proc_exec", dirname(exe));
	assert_int_equal(access(out, X_OK), 0);
}

static void execve_freestanding_program_args_env(void **state)
{
	(void)state;
	char path[600];
	char *argv[] = { "t", "--child", "hello world", "", 0 };
	char *envp[] = { "LIBJS_A=1", "B=two=2", 0 };

	free_target(path, sizeof path);
	assert_int_equal(run(path, argv, envp), 0);
	/* and the target notices a wrong environment */
	char *bad_env[] = { "LIBJS_A=1", 0 };
	assert_int_equal(JS_WEXITSTATUS(run(path, argv, bad_env)), 15);
}

static void execveat_fd_and_path(void **state)
{
	(void)state;
	char *argv[] = { "true", 0 }, *envp[] = { 0 };
	int fd = open("/bin/true", O_PATH | O_CLOEXEC);
	long pid;

	assert_true(fd >= 0);
	pid = js_fork();
	if (pid == 0) {
		js_execveat(fd, "", argv, envp, AT_EMPTY_PATH);
		js_exit_group(99);
	}
	assert_int_equal(child_status(pid), 0);
	pid = js_fork();
	if (pid == 0) {
		js_execveat(AT_FDCWD, "/bin/false", argv, envp, 0);
		js_exit_group(99);
	}
	assert_int_equal(JS_WEXITSTATUS(child_status(pid)), 1);
	assert_int_equal(js_execveat(fd, "", argv, envp, 0), -JS_ENOENT);
	close(fd);
}

/* vfork: the child shares memory and the parent is suspended until the
 * child execs or exits.  Under ASan the child touches only this frame
 * and calls the two leaf wrappers, so no shadow memory of the shared
 * stack is left poisoned for the parent. */
static void vfork_exit_and_execve(void **state)
{
	(void)state;
	volatile int shared = 0;
	char *argv[] = { "false", 0 }, *envp[] = { 0 };
	long pid = js_vfork();

	if (pid == 0) {
		shared = 1;
		js_exit(5);
	}
	assert_true(pid > 0);
	/* the parent ran only after the child was done */
	assert_int_equal(shared, 1);
	assert_int_equal(JS_WEXITSTATUS(child_status(pid)), 5);

	pid = js_vfork();
	if (pid == 0) {
		js_execve("/bin/false", argv, envp);
		js_exit(99);
	}
	assert_int_equal(JS_WEXITSTATUS(child_status(pid)), 1);
}

static char clone_stack[64 * 1024] __attribute__((aligned(16)));
static volatile int clone_seen;

static int clone_child(void *arg)
{
	clone_seen = *(int *)arg;
	return 33;
}

static void clone_fn_on_own_stack_shares_memory(void **state)
{
	(void)state;
	int val = 1234, ptid = 0;
	long pid = js_clone_fn(clone_child, clone_stack + sizeof clone_stack,
			       JS_CLONE_VM | JS_CLONE_PARENT_SETTID | JS_SIGCHLD,
			       &val, &ptid, 0, 0);

	assert_true(pid > 0);
	assert_int_equal(JS_WEXITSTATUS(child_status(pid)), 33);
	assert_int_equal(ptid, pid);
	assert_int_equal(clone_seen, 1234);
	assert_int_equal(js_clone_fn(0, clone_stack, 0, 0, 0, 0, 0), -JS_EINVAL);
}

static void clone_raw_forklike(void **state)
{
	(void)state;
	int ctid = 0;
	long pid = js_clone(JS_CLONE_CHILD_SETTID | JS_SIGCHLD, 0, 0, &ctid, 0);

	if (pid == 0)
		js_exit_group(ctid == js_gettid() ? 0 : 1);
	assert_int_equal(child_status(pid), 0);
	/* CLONE_SETTLS without a usable TLS value, CLONE_THREAD without VM */
	assert_int_equal(js_clone(JS_CLONE_THREAD, 0, 0, 0, 0), -JS_EINVAL);
}

static void clone3_with_pidfd(void **state)
{
	(void)state;
	int pidfd = -1;
	struct js_clone_args a;
	js_siginfo_t info;

	memset(&a, 0, sizeof a);
	a.flags = JS_CLONE_PIDFD;
	a.pidfd = (uint64_t)(uintptr_t)&pidfd;
	a.exit_signal = JS_SIGCHLD;
	long pid = js_clone3(&a, sizeof a);
	if (pid == -JS_ENOSYS) {
		print_message("clone3: kernel has no clone3 (ENOSYS), skipped\n");
		skip();
	}
	if (pid == 0)
		js_exit_group(9);
	assert_true(pid > 0);
	assert_true(pidfd >= 0);
	memset(&info, 0, sizeof info);
	assert_int_equal(js_waitid(JS_P_PIDFD, pidfd, &info, JS_WEXITED), 0);
	assert_int_equal(info.si_pid, pid);
	assert_int_equal(info.si_status, 9);
	close(pidfd);
	/* a size below the first version is refused */
	assert_int_equal(js_clone3(&a, 8), -JS_EINVAL);
}

/* A grandchild whose parent exits is reparented: to us, because we are
 * a child subreaper for the duration of the test. */
static void orphan_reparented(void **state)
{
	(void)state;
	int fds[2], ready[2];
	long me = js_getpid();

	assert_int_equal(js_prctl(JS_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0), 0);
	assert_int_equal(pipe(fds), 0);
	assert_int_equal(pipe(ready), 0);
	long mid = js_fork();
	if (mid == 0) {
		long gc = js_fork();
		if (gc == 0) {
			long orig = js_getppid(), now = orig;
			/* the middle process exits only after this */
			js_write(ready[1], "r", 1);
			struct js_timespec ms = { 0, 1000000 };
			for (int i = 0; i < 5000 && now == orig; i++) {
				js_nanosleep(&ms, 0);
				now = js_getppid();
			}
			int v[2] = { (int)orig, (int)now };
			js_write(fds[1], v, sizeof v);
			js_exit_group(0);
		}
		char c;
		js_exit_group(gc > 0 && js_read(ready[0], &c, 1) == 1 ? 0 : 1);
	}
	assert_int_equal(child_status(mid), 0);
	int v[2] = { 0, 0 };
	assert_int_equal(read(fds[0], v, sizeof v), (ssize_t)sizeof v);
	assert_int_equal(v[0], mid);
	assert_int_not_equal(v[1], mid);
	assert_int_equal(v[1], me);
	/* we adopted it, so we can reap it */
	int st = -1;
	assert_true(js_wait4(-1, &st, 0, 0) > 0);
	assert_int_equal(st, 0);
	close(fds[0]);
	close(fds[1]);
	close(ready[0]);
	close(ready[1]);
	assert_int_equal(js_prctl(JS_PR_SET_CHILD_SUBREAPER, 0, 0, 0, 0), 0);
}

static void pidfd_wait_and_signal(void **state)
{
	(void)state;
	js_siginfo_t info;
	long pid = js_fork();

	if (pid == 0)
		js_exit_group(3);
	long pidfd = js_pidfd_open((int)pid, 0);
	assert_true(pidfd >= 0);
	memset(&info, 0, sizeof info);
	assert_int_equal(js_waitid(JS_P_PIDFD, (int)pidfd, &info, JS_WEXITED), 0);
	assert_int_equal(info.si_code, JS_CLD_EXITED);
	assert_int_equal(info.si_status, 3);
	close((int)pidfd);

	pid = js_fork();
	if (pid == 0) {
		struct js_timespec t = { 100, 0 };
		js_nanosleep(&t, 0);
		js_exit_group(0);
	}
	pidfd = js_pidfd_open((int)pid, 0);
	assert_true(pidfd >= 0);
	assert_int_equal(js_pidfd_send_signal((int)pidfd, JS_SIGTERM, 0, 0), 0);
	memset(&info, 0, sizeof info);
	assert_int_equal(js_waitid(JS_P_PIDFD, (int)pidfd, &info, JS_WEXITED), 0);
	assert_int_equal(info.si_code, JS_CLD_KILLED);
	assert_int_equal(info.si_status, JS_SIGTERM);
	/* the process is gone: signalling it now fails */
	assert_int_equal(js_pidfd_send_signal((int)pidfd, JS_SIGTERM, 0, 0), -JS_ESRCH);
	close((int)pidfd);
	assert_int_equal(js_pidfd_open(-1, 0), -JS_EINVAL);
	assert_int_equal(js_pidfd_send_signal(-1, JS_SIGTERM, 0, 0), -JS_EBADF);
}

static void ids_sessions_groups(void **state)
{
	(void)state;
	assert_int_equal(js_gettid(), gettid());
	assert_int_equal(js_getsid(0), getsid(0));
	assert_int_equal(js_getpgid(0), getpgid(0));
	assert_int_equal(js_kill((int)js_getpid(), 0), 0);
	assert_int_equal(js_tgkill((int)js_getpid(), (int)js_gettid(), 0), 0);
	assert_int_equal(js_kill((int)js_getpid(), 65), -JS_EINVAL);
	assert_int_equal(js_kill(0x3ffffff0, 0), -JS_ESRCH);
	assert_int_equal(js_getsid(0x3ffffff0), -JS_ESRCH);

	long pid = js_fork();
	if (pid == 0) {
		long me = js_getpid();
		int ok = js_setsid() == me && js_getsid(0) == me &&
			 js_getpgid(0) == me && js_setsid() == -JS_EPERM;
		js_exit_group(ok ? 0 : 1);
	}
	assert_int_equal(child_status(pid), 0);

	pid = js_fork();
	if (pid == 0) {
		struct js_timespec t = { 100, 0 };
		js_nanosleep(&t, 0);
		js_exit_group(0);
	}
	/* the parent moves its child into a group of its own */
	assert_int_equal(js_setpgid((int)pid, (int)pid), 0);
	assert_int_equal(js_getpgid((int)pid), pid);
	assert_int_equal(js_kill((int)-pid, JS_SIGKILL), 0);
	assert_int_equal(JS_WTERMSIG(child_status(pid)), JS_SIGKILL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(fork_exit_code_wait4),
		cmocka_unit_test(fork_killed_by_signal),
		cmocka_unit_test(fork_exit_code_waitid),
		cmocka_unit_test(execve_bin_true_and_false),
		cmocka_unit_test(execve_freestanding_program_args_env),
		cmocka_unit_test(execveat_fd_and_path),
		cmocka_unit_test(vfork_exit_and_execve),
		cmocka_unit_test(clone_fn_on_own_stack_shares_memory),
		cmocka_unit_test(clone_raw_forklike),
		cmocka_unit_test(clone3_with_pidfd),
		cmocka_unit_test(orphan_reparented),
		cmocka_unit_test(pidfd_wait_and_signal),
		cmocka_unit_test(ids_sessions_groups),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
