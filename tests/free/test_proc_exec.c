/* Freestanding exec target and test: run with "--child A B" it checks the
 * arguments and environment a parent passed through execve (the host test
 * test_proc_life and t_exec_self below exec it so); run plainly it is an
 * ordinary freestanding test of fork + execve + wait4 without libc. */
#include "runner.h"

#define EXPECT_ENV0 "LIBJS_A=1"
#define EXPECT_ENV1 "B=two=2"

/* Exit code 0 when everything arrived intact, else which check failed. */
static int check_child(int argc, char **argv, char **envp)
{
	if (argc != 4)
		return 10;
	if (!jt_streq(argv[2], "hello world"))
		return 11;
	if (!jt_streq(argv[3], ""))
		return 12;
	if (argv[4] != 0)
		return 13;
	/* both entries and nothing else, in either order (qemu-user, which
	 * runs this suite on other architectures, reverses the list) */
	if (!envp[0] || !envp[1] || envp[2])
		return 15;
	if (!(jt_streq(envp[0], EXPECT_ENV0) && jt_streq(envp[1], EXPECT_ENV1)) &&
	    !(jt_streq(envp[1], EXPECT_ENV0) && jt_streq(envp[0], EXPECT_ENV1)))
		return 14;
	if (!jt_streq(js_getenv("B"), "two=2"))
		return 16;
	return 0;
}

static void cat(char *dst, const char *a, const char *b)
{
	while (*a)
		*dst++ = *a++;
	while (*b)
		*dst++ = *b++;
	*dst = 0;
}

/* The other architectures run this suite under qemu-user, whose execve
 * is the host's: without binfmt_misc the host cannot start this binary
 * (ENOEXEC).  The harness names the emulator in JS_RUN, so the child
 * then runs itself through it, with the same arguments and environment
 * (qemu hands them on, the environment in reverse order). */
static void exec_via_emulator(char *const argv[], char *const envp[])
{
	static const char *const dirs[] = { "/usr/bin/", "/usr/local/bin/", "/bin/" };
	const char *emu = js_getenv("JS_RUN");
	char self[512], path[600], *av[8];
	long n = js_readlink("/proc/self/exe", self, sizeof self - 1);
	int i = 0;

	if (!emu || !*emu || n <= 0)
		return;
	self[n] = 0;
	av[i++] = (char *)emu;
	av[i++] = self;
	for (int k = 1; argv[k] && i < 7; k++)
		av[i++] = argv[k];
	av[i] = 0;
	for (unsigned d = 0; d < sizeof dirs / sizeof dirs[0]; d++) {
		cat(path, dirs[d], emu);
		js_execve(path, av, envp);
	}
}

static long run_self(char *const argv[], char *const envp[])
{
	int st = -1;
	long pid = js_fork();

	if (pid == 0) {
		if (js_execve("/proc/self/exe", argv, envp) == -JS_ENOEXEC)
			exec_via_emulator(argv, envp);
		js_exit_group(99);
	}
	if (pid < 0)
		return pid;
	if (js_wait4((int)pid, &st, 0, 0) != pid)
		return -1;
	return st;
}

static void t_exec_self(void)
{
	char *argv[] = { "self", "--child", "hello world", "", 0 };
	char *envp[] = { EXPECT_ENV0, EXPECT_ENV1, 0 };
	long st = run_self(argv, envp);

	CHECK(JS_WIFEXITED(st));
	CHECK_EQ(JS_WEXITSTATUS(st), 0);
}

/* The checks can fail: a wrong argument is reported as such. */
static void t_exec_self_detects_wrong_args(void)
{
	char *argv[] = { "self", "--child", "hello", "", 0 };
	char *envp[] = { EXPECT_ENV0, EXPECT_ENV1, 0 };

	CHECK_EQ(JS_WEXITSTATUS(run_self(argv, envp)), 11);
}

static void t_execve_errors(void)
{
	char *argv[] = { "x", 0 };

	CHECK_EQ(js_execve("/nonexistent/x", argv, argv + 1), -JS_ENOENT);
	CHECK_EQ(js_execve("/", argv, argv + 1), -JS_EACCES);
}

static const struct jt_case cases[] = {
	T(t_exec_self), T(t_exec_self_detects_wrong_args), T(t_execve_errors),
};

int main(int argc, char **argv, char **envp)
{
	if (argc >= 2 && jt_streq(argv[1], "--child"))
		return check_child(argc, argv, envp);
	return jt_run(cases, sizeof cases / sizeof cases[0]);
}
