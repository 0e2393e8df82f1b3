/* What the freestanding sandbox tests share: a bounded wait for a child
 * that runs under a filter (it may hang if the filter is wrong) and the
 * emulator check (qemu-user cannot filter its own guest, see
 * docs/sandbox.md). */
#ifndef LIBJS_TESTS_FREE_SANDBOX_FREE_H
#define LIBJS_TESTS_FREE_SANDBOX_FREE_H

#include "runner.h"

/* The child's wait status, or -1 when it had not ended after ms
 * milliseconds (it is then killed and reaped). */
static inline long sb_wait(long pid, int ms)
{
	struct js_timespec tick = { 0, 10 * 1000 * 1000 };
	int st = 0;

	if (pid <= 0)
		return -1;
	for (int t = 0; t < ms; t += 10) {
		long r = js_wait4((int)pid, &st, JS_WNOHANG, 0);

		if (r == pid)
			return st;
		if (r < 0)
			return -1;
		js_nanosleep(&tick, 0);
	}
	js_kill((int)pid, JS_SIGKILL);
	js_wait4((int)pid, &st, 0, 0);
	return -1;
}

/* make check runs aarch64 and riscv64 under qemu-user and names the
 * emulator in JS_RUN. */
static inline int sb_under_qemu(void)
{
	const char *e = js_getenv("JS_RUN");

	return e && *e;
}

static inline int SB_EXITED(long st, int code)
{
	return st >= 0 && JS_WIFEXITED(st) && JS_WEXITSTATUS(st) == code;
}

static inline int SB_KILLED(long st, int sig)
{
	return st >= 0 && JS_WIFSIGNALED(st) && JS_WTERMSIG(st) == sig;
}

#endif
