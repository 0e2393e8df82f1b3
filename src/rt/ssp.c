/* The stack protector's failure path (libjs-rt.a; gcc's and clang's
 * -fstack-protector, -strong and -all call __stack_chk_fail when a
 * function's canary was overwritten).  Linked only into programs built
 * with the protector: their __stack_chk_fail reference pulls this file
 * in, and it pulls in tls.c, which sets the guard at start (the guard
 * lives in the TCB on x86_64, so a TCB is needed even without TLS). */
#include <libjs/signal.h>
#include <libjs/sandbox.h>
#include "rt.h"

static size_t put(char *d, size_t at, const char *s, size_t max)
{
	for (size_t i = 0; s[i] && i < max; i++)
		d[at++] = s[i];
	return at;
}

/* One line on fd 2 (with argv[0] when known, cut at 120 bytes), then
 * SIGABRT with every signal blocked but SIGABRT and SIGABRT's action
 * reset to the default first, so that no handler can catch it and return
 * into the corrupted frame.  Only raw system calls: nothing traced,
 * nothing that could itself be protected. */
__attribute__((noreturn)) void __stack_chk_fail(void)
{
	char line[200];
	size_t n = put(line, 0, "*** stack smashing detected ***: ", 64);
	unsigned long all = ~0UL, abrt = 1UL << (JS_SIGABRT - 1);
	unsigned long dfl[4] = { 0 }; /* SIG_DFL, no flags, empty mask */

	JS__NEED_TLS_SETUP();
	/* The link-time set (libjs/sandbox.h): raw calls record themselves. */
	JS_SANDBOX_ALLOW(JS_NR_write);
	JS_SANDBOX_ALLOW(JS_NR_rt_sigprocmask);
	JS_SANDBOX_ALLOW(JS_NR_rt_sigaction);
	JS_SANDBOX_ALLOW(JS_NR_tgkill);
	JS_SANDBOX_ALLOW(JS_NR_getpid);
	JS_SANDBOX_ALLOW(JS_NR_gettid);
	JS_SANDBOX_ALLOW(JS_NR_exit_group);
	if (js__prog_name) {
		n = put(line, n, js__prog_name, 120);
		line[n++] = ' ';
	}
	n = put(line, n, "terminated\n", 16);
	js_syscall3(JS_NR_write, 2, (long)line, (long)n);
	js_syscall4(JS_NR_rt_sigprocmask, JS_SIG_BLOCK, (long)&all, 0, 8);
	js_syscall4(JS_NR_rt_sigaction, JS_SIGABRT, (long)dfl, 0, 8);
	js_syscall4(JS_NR_rt_sigprocmask, JS_SIG_UNBLOCK, (long)&abrt, 0, 8);
	js_syscall3(JS_NR_tgkill, js_syscall0(JS_NR_getpid),
		    js_syscall0(JS_NR_gettid), JS_SIGABRT);
	for (;;)
		js_syscall1(JS_NR_exit_group, 127);
}
