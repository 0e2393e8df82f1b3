/* The start code's constructor and destructor walks (src/rt/start.c):
 * .preinit_array, then .init_array in priority order, each called with
 * main's (argc, argv, envp); after main (or js_program_exit from
 * anywhere) .fini_array in reverse, then exit_group; a destructor that
 * itself calls js_program_exit goes on with the remaining ones, each run
 * once.  Destructors are checked in forked children that exit through
 * js_program_exit and report on a pipe. */
#include "runner.h"

static char order[16];
static int norder;
static int ctor_argc = -1;
static char **ctor_argv, **ctor_envp;
static int out_fd = -1;       /* the pipe destructors write to */
static int reexit;            /* a destructor calls js_program_exit(9) */

static void mark(char c)
{
	if (norder < (int)sizeof order - 1)
		order[norder++] = c;
}

static void pre(int argc, char **argv, char **envp)
{
	ctor_argc = argc;
	ctor_argv = argv;
	ctor_envp = envp;
	mark('p');
}
__attribute__((used, section(".preinit_array"))) static void (*const pre_entry)(int, char **, char **) = pre;

__attribute__((constructor(300))) static void c300(void) { mark('3'); }
__attribute__((constructor(101))) static void c101(void) { mark('1'); }
__attribute__((constructor(200))) static void c200(void) { mark('2'); }
__attribute__((constructor)) static void cdef(void) { mark('d'); }

static void say(const char *s)
{
	if (out_fd >= 0)
		js_write(out_fd, s, 1);
}
/* Destructors run in the reverse of their constructors' order: the
 * default-priority one first, priority 101 last. */
__attribute__((destructor)) static void ddef(void) { say("D"); }
__attribute__((destructor(200))) static void d200(void)
{
	say("B");
	if (reexit) {
		reexit = 0;
		js_program_exit(9);
	}
}
__attribute__((destructor(101))) static void d101(void) { say("A"); }

static int jt_argc;
static char **jt_argv, **jt_envp;

static void t_order(void)
{
	CHECK_STR(order, "p123d");
}

static void t_ctor_args(void)
{
	CHECK_EQ(ctor_argc, jt_argc);
	CHECK(ctor_argv == jt_argv);
	CHECK(ctor_envp == jt_envp);
}

/* Runs fn in a child with destructors reporting on a pipe; returns what
 * they wrote and the child's exit status. */
static int child(void (*fn)(void), char *buf, int len)
{
	int p[2], st = 0;
	long pid, n, got = 0;

	CHECK_EQ(js_pipe2(p, JS_O_CLOEXEC), 0);
	pid = js_fork();
	if (pid == 0) {
		js_close(p[0]);
		out_fd = p[1];
		fn();
		js_exit_group(100); /* not reached */
	}
	js_close(p[1]);
	while (got < len - 1 && (n = js_read(p[0], buf + got, (size_t)(len - 1 - got))) > 0)
		got += n;
	buf[got] = 0;
	js_close(p[0]);
	CHECK_EQ(js_wait4((int)pid, &st, 0, 0), pid);
	return st;
}

static void exit7(void) { js_program_exit(7); }
static void exit_nested(void)
{
	reexit = 1;
	js_program_exit(5);
}

static void t_program_exit(void)
{
	char buf[16];
	int st = child(exit7, buf, sizeof buf);

	CHECK(JS_WIFEXITED(st));
	CHECK_EQ(JS_WEXITSTATUS(st), 7);
	CHECK_STR(buf, "DBA");
}

static void t_exit_from_destructor(void)
{
	char buf[16];
	int st = child(exit_nested, buf, sizeof buf);

	/* The nested call's status wins; each destructor ran once. */
	CHECK(JS_WIFEXITED(st));
	CHECK_EQ(JS_WEXITSTATUS(st), 9);
	CHECK_STR(buf, "DBA");
}

static const struct jt_case cases[] = {
	T(t_order), T(t_ctor_args), T(t_program_exit), T(t_exit_from_destructor),
};

int main(int argc, char **argv, char **envp)
{
	jt_argc = argc;
	jt_argv = argv;
	jt_envp = envp;
	return jt_run(cases, sizeof cases / sizeof cases[0]);
}
