/* The stack protector (built with -fstack-protector-strong, tests.mk):
 * the guard is set from AT_RANDOM with its low byte zeroed before main;
 * an overflow ends the program with one line on fd 2 and SIGABRT, even
 * when the program blocks SIGABRT and installs a handler that would
 * return.  A function whose frame is intact returns normally. */
#include <stdint.h>
#include "runner.h"

extern uintptr_t __stack_chk_guard;
static const char *prog;

__attribute__((noinline)) static int fill(char *buf, unsigned long n)
{
	for (unsigned long i = 0; i < n; i++)
		buf[i] = (char)('a' + i % 26);
	__asm__ __volatile__("" : : "r"(buf) : "memory");
	return buf[0];
}

/* An array on the stack: -strong puts a canary in this frame. */
__attribute__((noinline)) static int frame(unsigned long n)
{
	char buf[16];

	return fill(buf, n);
}

static void t_guard(void)
{
	const unsigned char *r = (const unsigned char *)js_getauxval(JS_AT_RANDOM);
	uintptr_t want = 0;

	CHECK(r != 0);
	for (unsigned i = 0; r && i < sizeof want; i++)
		want |= (uintptr_t)r[i] << (8 * i);
	CHECK_EQ(__stack_chk_guard & 0xff, 0);
	CHECK(__stack_chk_guard == (want & ~(uintptr_t)0xff));
}

static void t_intact(void)
{
	CHECK_EQ(frame(16), 'a');
}

static void handler(int sig)
{
	(void)sig;
}

static void t_smash(void)
{
	int p[2], st = 0;
	char buf[256];
	long pid, n, got = 0;

	CHECK_EQ(js_pipe2(p, JS_O_CLOEXEC), 0);
	pid = js_fork();
	if (pid == 0) {
		struct js_sigaction sa = { 0 };
		js_sigset_t set;

		sa.sa_handler = handler;
		js_sigaction(JS_SIGABRT, &sa, 0);
		js_sigemptyset(&set);
		js_sigaddset(&set, JS_SIGABRT);
		js_sigprocmask(JS_SIG_BLOCK, &set, 0);
		js_dup2(p[1], 2);
		frame(200);
		js_exit_group(0);
	}
	js_close(p[1]);
	while (got < (long)sizeof buf - 1 &&
	       (n = js_read(p[0], buf + got, sizeof buf - 1 - (size_t)got)) > 0)
		got += n;
	buf[got] = 0;
	js_close(p[0]);
	CHECK_EQ(js_wait4((int)pid, &st, 0, 0), pid);
	CHECK(JS_WIFSIGNALED(st));
	CHECK_EQ(JS_WTERMSIG(st), JS_SIGABRT);
	{
		/* "*** stack smashing detected ***: <argv[0]> terminated\n" */
		static const char head[] = "*** stack smashing detected ***: ";
		long i = 0, k = 0;

		for (; head[i]; i++)
			CHECK_EQ(buf[i], head[i]);
		for (; prog[k]; k++)
			CHECK_EQ(buf[i + k], prog[k]);
		/* The first line only: qemu-user reports the signal after it. */
		for (n = i + k; buf[n] && buf[n] != '\n'; n++)
			;
		buf[n + (buf[n] != 0)] = 0;
		CHECK_STR(buf + i + k, " terminated\n");
	}
}

static const struct jt_case cases[] = { T(t_guard), T(t_intact), T(t_smash) };

int main(int argc, char **argv)
{
	(void)argc;
	prog = argv[0];
	return jt_run(cases, sizeof cases / sizeof cases[0]);
}
