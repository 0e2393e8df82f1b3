/* For tests/sh/test_trace_asm.sh: the calls made outside the hook or that
 * do not return -- js_vfork, a successful execve (of this program, whose
 * second run only exits), rt_sigreturn after a handler, exit_group --
 * traced and under strace -ff.  With the argument "clone": clone's vfork
 * form through the hook (js_clone with CLONE_VM|CLONE_VFORK and no stack),
 * whose child execs this program as "child" (status 3).  With "usr1": a
 * SIGUSR1 sent to itself from a function of its own, for a debugger to
 * stop in the hooked call's stub and show the way back to main. */
#include <libjs/libjs.h>

static volatile int caught;

static void on_usr1(int sig)
{
	caught = sig;
}

__attribute__((noinline)) static int send_usr1(void)
{
	return (int)js_kill((int)js_getpid(), JS_SIGUSR1);
}

int main(int argc, char **argv, char **envp)
{
	struct js_sigaction sa = { 0 };
	char *args[] = { argv[0], "child", 0 };
	int st = 0;
	long pid;

	if (argc > 1 && argv[1][0] == 'u')
		return send_usr1();
	if (argc > 1 && argv[1][0] == 'c' && argv[1][1] == 'l') {
		pid = js_clone(JS_CLONE_VM | JS_CLONE_VFORK | JS_SIGCHLD, 0, 0, 0, 0);
	} else {
		if (argc > 1)
			return 3;
		js_alarm(20);
		sa.sa_handler = on_usr1;
		if (js_sigaction(JS_SIGUSR1, &sa, 0) ||
		    js_kill((int)js_getpid(), JS_SIGUSR1) || caught != JS_SIGUSR1)
			return 1;
		pid = js_vfork();
	}
	if (pid == 0) {
		js_execve(argv[0], args, envp);
		js_exit_group(127);
	}
	if (pid < 0 || js_wait4((int)pid, &st, 0, 0) != pid || !JS_WIFEXITED(st) ||
	    JS_WEXITSTATUS(st) != 3)
		return 2;
	return 0;
}
