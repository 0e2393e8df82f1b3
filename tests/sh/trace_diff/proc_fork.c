/* trace-cross-arch: LIBJS_FAULT=clone3:ENOSYS,execveat:ENOSYS,execve:error=ENOEXEC:when=2 (qemu-user 7.2 lacks clone3 and execveat (ENOSYS), and hands execve to the host kernel, which cannot run this program for another architecture (ENOEXEC: each child's 2nd execve)) */
/* Differential trace program (tests/sh/test_trace_diff.sh), process
 * domain: fork (clone with strace's argument order), children that exit
 * with a status, die by a signal or are stopped and continued; wait4's
 * status words and rusage, waitid's siginfo, execve of this program (its
 * argv and environment) and of a missing file, clone with CLONE_ flags.
 * Bounded: alarm(20), every child waited for. */
#include <libjs/libjs.h>

int main(int argc, char **argv, char **envp)
{
	struct js_rusage ru;
	js_siginfo_t si;
	int st, ptid = 0, ctid = 0;
	long pid;
	static char *const none[] = { 0 };
	static volatile int *volatile bad = (volatile int *)16;
	struct js_sigaction ign;

	/* The kernel's waitid leaves si_utime and si_stime alone: zeroed
	 * here, so that they print the same on every run. */
	__builtin_memset(&si, 0, sizeof si);

	js_alarm(20);
	if (argc > 1) {
		/* The image execve started: exit with a status of its own. */
		return argv[1][0] == 'x' ? 3 : 0;
	}
	pid = js_fork();
	if (pid == 0)
		js_exit_group(7);
	js_wait4((int)pid, &st, 0, 0);
	pid = js_fork();
	if (pid == 0)
		js_exit_group(0);
	js_wait4(-1, &st, 0, &ru);

	/* Killed by a signal (a fault: a signal sent by the child's own
	 * kill would end it before the trace could write the kill's line);
	 * then stopped, continued, and exited. */
	pid = js_fork();
	if (pid == 0) {
		*bad = 1;
		js_exit_group(1);
	}
	js_wait4((int)pid, &st, 0, 0);
	pid = js_fork();
	if (pid == 0) {
		js_kill((int)js_getpid(), JS_SIGSTOP);
		js_exit_group(5);
	}
	js_wait4((int)pid, &st, JS_WUNTRACED, 0);
	js_kill((int)pid, JS_SIGCONT);
	js_wait4((int)pid, &st, JS_WCONTINUED, 0);
	js_waitid(JS_P_PID, (int)pid, &si, JS_WEXITED);

	/* waitid: nothing yet with WNOHANG, then the child's exit. */
	pid = js_fork();
	if (pid == 0) {
		js_exit_group(9);
	}
	js_waitid(JS_P_PID, (int)pid, &si, JS_WEXITED | JS_WNOWAIT);
	js_waitid(JS_P_ALL, 0, &si, JS_WEXITED);
	js_wait4(-1, &st, JS_WNOHANG, 0);
	js_waitid(JS_P_ALL, 0, &si, JS_WEXITED | JS_WNOHANG);

	/* execve: a missing file, then this program again. */
	{
		char *av[] = { argv[0], "x", 0 };
		char *av2[] = { argv[0], "ok", "a longer argument, cut by strace after thirty-two", 0 };

		/* Each child's second execve is this program (the cross-arch
		 * check counts on it: its first line). */
		pid = js_fork();
		if (pid == 0) {
			js_execve("./no-such-program", av, envp);
			js_execve(argv[0], av, envp);
			js_exit_group(127);
		}
		js_wait4((int)pid, &st, 0, 0);
		pid = js_fork();
		if (pid == 0) {
			js_execve("./no-such-program", av, none);
			js_execve(argv[0], av2, none);
			js_exit_group(127);
		}
		js_wait4((int)pid, &st, 0, 0);
	}

	/* clone with flags: the child's id stored in the parent and in the
	 * child (parent_tid and child_tid, which the kernel takes in another
	 * order on aarch64 and riscv64), exit signal SIGCHLD.  (qemu-user
	 * 7.2 refuses a fork-like clone with CLONE_FILES or any other exit
	 * signal, EINVAL: the flags here are the ones it passes on, so the
	 * cross-arch check compares the children too.) */
	pid = js_clone(JS_CLONE_PARENT_SETTID | JS_CLONE_CHILD_SETTID | JS_SIGCHLD, 0, &ptid, &ctid, 0);
	if (pid == 0)
		js_exit_group(4);
	js_wait4((int)pid, &st, 0, 0);
	/* SIGUSR1 ignored; a child with CLONE_IO, waited for with __WALL. */
	__builtin_memset(&ign, 0, sizeof ign);
	ign.sa_handler = JS_SIG_IGN;
	js_sigaction(JS_SIGUSR1, &ign, 0);
	pid = js_clone(JS_CLONE_IO | JS_SIGCHLD, 0, 0, 0, 0);
	if (pid == 0)
		js_exit_group(0);
	js_wait4((int)pid, &st, JS___WALL, 0);
	js_wait4(-1, &st, 0, 0);
	/* clone3 with the fork's arguments, then a bad size. */
	{
		struct js_clone_args ca;

		__builtin_memset(&ca, 0, sizeof ca);
		ca.exit_signal = JS_SIGCHLD;
		pid = js_clone3(&ca, sizeof ca);
		if (pid == 0)
			js_exit_group(2);
		js_wait4((int)pid, &st, 0, 0);
		js_clone3(&ca, 8);
	}
	/* execveat: a missing file relative to the current directory. */
	{
		char *av[] = { "prog", 0 };

		js_execveat(JS_AT_FDCWD, "missing", av, none, 0);
		js_execveat(-1, "", av, none, JS_AT_EMPTY_PATH);
	}
	js_kill(-1234567, 0);
	return 0;
}
