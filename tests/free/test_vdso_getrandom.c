/* js_getrandom with no libc (docs/vdso.md): natively through the vDSO's
 * getrandom with a per-thread state in TLS (which the runtime sets up),
 * under qemu-user through the system call.  The same promises either way:
 * fresh bytes, the kernel's answers to bad flags and NULL, calls from a
 * signal handler, and a forked child that does not repeat its parent.
 * Built static and static-pie. */
#include "runner.h"

static int same(const unsigned char *a, const unsigned char *b, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

static void t_path(void)
{
	jt_puts(js_vdso_sym(JS_VDSO_SYM_GETRANDOM, JS_VDSO_VERSION) ?
			"vDSO getrandom: the vDSO path\n" :
			"no vDSO getrandom: the system-call path\n");
	CHECK(js_vdso_sym(JS_VDSO_SYM_GETRANDOM, "LINUX_0.1") == 0);
}

static void t_bytes(void)
{
	static unsigned char big[8192];
	unsigned char a[16], b[16];
	long zero = 0, i;

	CHECK_EQ(js_getrandom(a, sizeof a, 0), 16);
	CHECK_EQ(js_getrandom(b, sizeof b, 0), 16);
	CHECK(!same(a, b, 16));
	CHECK_EQ(js_getrandom(big, sizeof big, 0), (long)sizeof big);
	for (i = 0; i < (long)sizeof big; i++)
		zero += big[i] == 0;
	CHECK(zero < 100);	/* about 32 expected */
	CHECK_EQ(js_getrandom(a, sizeof a, JS_GRND_NONBLOCK), 16);
	CHECK_EQ(js_getrandom(a, sizeof a, JS_GRND_INSECURE), 16);
	CHECK_EQ(js_getrandom(a, sizeof a, 0x80), -JS_EINVAL);
	CHECK_EQ(js_getrandom(a, sizeof a, JS_GRND_RANDOM | JS_GRND_INSECURE),
		 -JS_EINVAL);
	CHECK_EQ(js_getrandom(0, 8, 0), -JS_EFAULT);
	CHECK_EQ(js_getrandom(a, 0, 0), 0);
}

static volatile int handled, handled_ok;

static void on_usr1(int sig)
{
	unsigned char x[24];

	(void)sig;
	handled++;
	if (js_getrandom(x, sizeof x, 0) == 24)
		handled_ok++;
}

static void t_signal_handler(void)
{
	struct js_sigaction sa = { 0 };
	unsigned char a[16];
	int i;

	sa.sa_handler = on_usr1;
	CHECK_EQ(js_sigaction(JS_SIGUSR1, &sa, 0), 0);
	for (i = 0; i < 100; i++) {
		CHECK_EQ(js_getrandom(a, sizeof a, 0), 16);
		CHECK_EQ(js_kill((int)js_getpid(), JS_SIGUSR1), 0);
	}
	CHECK_EQ(handled, 100);
	CHECK_EQ(handled_ok, 100);
	sa.sa_handler = JS_SIG_DFL;
	CHECK_EQ(js_sigaction(JS_SIGUSR1, &sa, 0), 0);
}

static void t_fork(void)
{
	unsigned char mine[32], theirs[32];
	int fds[2], st = 0;
	long pid;

	CHECK_EQ(js_getrandom(mine, sizeof mine, 0), 32);
	CHECK_EQ(js_pipe2(fds, 0), 0);
	pid = js_fork();
	if (pid == 0) {
		unsigned char c[32];
		int ok = js_getrandom(c, sizeof c, 0) == 32 &&
			 js_write(fds[1], c, sizeof c) == 32;

		js_exit_group(ok ? 0 : 1);
	}
	CHECK(pid > 0);
	js_close(fds[1]);
	CHECK_EQ(js_getrandom(mine, sizeof mine, 0), 32);
	CHECK_EQ(js_read(fds[0], theirs, sizeof theirs), 32);
	js_close(fds[0]);
	CHECK_EQ(js_wait4((int)pid, &st, 0, 0), pid);
	CHECK_EQ(st, 0);
	CHECK(!same(mine, theirs, 32));
}

/* 16 threads at once, each with its own state (or the system call):
 * all their bytes differ.  Then 200 threads one after another, each
 * giving its state back with js__getrandom_thread_exit (src/internal.h)
 * as the thread code is to on exit. */
void js__getrandom_thread_exit(void);
static unsigned char got[16][16];

static int draw(void *arg)
{
	unsigned char *out = arg;
	long r = js_getrandom(out, 16, 0);

	js__getrandom_thread_exit();
	return r == 16 ? 0 : 1;
}

static void t_threads(void)
{
	struct js_thread t[16];
	int i, k, res;

	for (i = 0; i < 16; i++)
		CHECK_EQ(js_thread_create(&t[i], draw, got[i], 0), 0);
	for (i = 0; i < 16; i++) {
		CHECK_EQ(js_thread_join(&t[i], &res), 0);
		CHECK_EQ(res, 0);
	}
	for (i = 0; i < 16; i++)
		for (k = i + 1; k < 16; k++)
			CHECK(!same(got[i], got[k], 16));
	for (i = 0; i < 200; i++) {
		CHECK_EQ(js_thread_create(&t[0], draw, got[0], 0), 0);
		CHECK_EQ(js_thread_join(&t[0], &res), 0);
		CHECK_EQ(res, 0);
	}
}

JT_MAIN(T(t_path), T(t_bytes), T(t_signal_handler), T(t_fork), T(t_threads))
