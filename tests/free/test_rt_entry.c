/* The program entry with a stack the test builds itself (built with
 * `libjs-cc --trace`): argc == 0 with argv = {NULL}, which kernels before
 * 5.18 pass on (this one turns an empty argv into {""}, so execve cannot
 * make it), and AT_SECURE set, which only a set-user-ID exec makes (that
 * is tested for real on the build machine by tests/sh/test_rt_setuid.sh).
 * A forked child jumps to _start on the hand-built stack with fd 2
 * closed and DEBUG and LIBJS_FAULT set; main then finds argc == 0 and
 * checks what the start code did, ending with status 42 when all held:
 *   AT_SECURE=1: trace off, LIBJS_FAULT ignored, fd 2 on /dev/null;
 *   AT_SECURE=0 (the control): trace on, the fault injected, fd 2 closed. */
#include "runner.h"
#include "enter.h"

extern void _start(void);

static _Alignas(16) unsigned long stack[4096];

static char env_debug[] = "DEBUG=libjs:*";
static char env_fault[] = "LIBJS_FAULT=getppid:EPERM";
static char env_secure0[] = "JT_SECURE=0";
static char env_secure1[] = "JT_SECURE=1";

static const unsigned long copied[] = {
	JS_AT_PHDR, JS_AT_PHENT, JS_AT_PHNUM, JS_AT_PAGESZ, JS_AT_ENTRY,
	JS_AT_RANDOM, JS_AT_HWCAP, JS_AT_HWCAP2, JS_AT_SYSINFO_EHDR,
	JS_AT_UID, JS_AT_EUID, JS_AT_GID, JS_AT_EGID,
};

/* Lays out argc 0, argv {NULL}, the environment and an auxiliary vector
 * copied from the real one with AT_SECURE = secure, in the high end of
 * stack[], and returns where sp goes. */
static unsigned long *build(int secure)
{
	unsigned long *sp = stack + 2048, *w = sp;

	*w++ = 0;                      /* argc */
	*w++ = 0;                      /* argv[0] == NULL */
	*w++ = (unsigned long)(secure ? env_secure1 : env_secure0);
	*w++ = (unsigned long)env_debug;
	*w++ = (unsigned long)env_fault;
	*w++ = 0;
	for (unsigned i = 0; i < sizeof copied / sizeof copied[0]; i++) {
		*w++ = copied[i];
		*w++ = js_getauxval(copied[i]);
	}
	*w++ = JS_AT_SECURE;
	*w++ = (unsigned long)secure;
	*w++ = JS_AT_NULL;
	*w++ = 0;
	return sp;
}

/* main when entered with argc == 0: the checks, as an exit status. */
static int reentered(char **argv, char **envp)
{
	struct js_stat st;
	int secure = envp[0] && envp[0][10] == '1';
	long fd2 = js_fstat(2, &st);

	if (argv[0] != 0)
		return 1;
	if (js_getauxval(JS_AT_SECURE) != (unsigned long)secure)
		return 2;
	if (!jt_streq(js_getenv("DEBUG"), "libjs:*"))
		return 3;
	if (secure) {
		if (js_trace_on())
			return 4;
		if (js_getppid() <= 0)
			return 5;
		if (fd2 != 0 || (st.st_mode & 0170000) != 0020000 || st.st_rdev != 0x103)
			return 6;
	} else {
		if (!js_trace_on())
			return 7;
		if (js_getppid() != -JS_EPERM)
			return 8;
		if (fd2 != -JS_EBADF)
			return 9;
	}
	return 42;
}

static int run(int secure)
{
	int st = 0;
	long pid = js_fork();

	if (pid == 0) {
		js_close(2);
		jt_enter(build(secure), _start);
	}
	CHECK_EQ(js_wait4((int)pid, &st, 0, 0), pid);
	CHECK(JS_WIFEXITED(st));
	return JS_WEXITSTATUS(st);
}

static void t_argc0_secure(void)
{
	CHECK_EQ(run(1), 42);
}

static void t_argc0_control(void)
{
	CHECK_EQ(run(0), 42);
}

static const struct jt_case cases[] = { T(t_argc0_secure), T(t_argc0_control) };

int main(int argc, char **argv, char **envp)
{
	if (argc == 0)
		return reentered(argv, envp);
	return jt_run(cases, sizeof cases / sizeof cases[0]);
}
