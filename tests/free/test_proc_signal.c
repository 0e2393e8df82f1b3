/* Freestanding: signal handlers return through libjs's restorer, masks,
 * pending signals, sigtimedwait, signalfd and the alternate stack, with
 * no libc. */
#include "runner.h"

static volatile int hits, last;
static volatile int from_pid;
static volatile unsigned long local_at;

static void on_sig(int sig)
{
	int here = sig;

	hits++;
	last = sig;
	local_at = (unsigned long)&here;
}

static void on_info(int sig, js_siginfo_t *si, void *uc)
{
	(void)uc;
	hits++;
	last = sig;
	from_pid = si->si_pid;
}

static long handle(int sig, void (*h)(int), unsigned long flags)
{
	struct js_sigaction sa = { 0 };

	sa.sa_handler = h;
	sa.sa_flags = flags;
	return js_sigaction(sig, &sa, 0);
}

static void t_handler_returns(void)
{
	hits = 0;
	CHECK_EQ(handle(JS_SIGUSR1, on_sig, 0), 0);
	CHECK_EQ(js_kill((int)js_getpid(), JS_SIGUSR1), 0);
	CHECK_EQ(js_kill((int)js_getpid(), JS_SIGUSR1), 0);
	CHECK_EQ(hits, 2);
	CHECK_EQ(last, JS_SIGUSR1);
	CHECK_EQ(handle(JS_SIGUSR1, JS_SIG_DFL, 0), 0);
}

static void t_siginfo_pid(void)
{
	struct js_sigaction sa = { 0 };

	sa.sa_sigaction = on_info;
	sa.sa_flags = JS_SA_SIGINFO;
	CHECK_EQ(js_sigaction(JS_SIGUSR2, &sa, 0), 0);
	hits = 0;
	CHECK_EQ(js_kill((int)js_getpid(), JS_SIGUSR2), 0);
	CHECK_EQ(hits, 1);
	CHECK_EQ(from_pid, js_getpid());
	CHECK_EQ(handle(JS_SIGUSR2, JS_SIG_DFL, 0), 0);
}

static void t_pending_until_unblocked(void)
{
	js_sigset_t set, old, pend;

	hits = 0;
	CHECK_EQ(handle(JS_SIGUSR1, on_sig, 0), 0);
	js_sigemptyset(&set);
	js_sigaddset(&set, JS_SIGUSR1);
	CHECK_EQ(js_sigprocmask(JS_SIG_BLOCK, &set, &old), 0);
	CHECK_EQ(js_kill((int)js_getpid(), JS_SIGUSR1), 0);
	CHECK_EQ(hits, 0);
	CHECK_EQ(js_sigpending(&pend), 0);
	CHECK_EQ(js_sigismember(&pend, JS_SIGUSR1), 1);
	CHECK_EQ(js_sigprocmask(JS_SIG_SETMASK, &old, 0), 0);
	CHECK_EQ(hits, 1);
	CHECK_EQ(handle(JS_SIGUSR1, JS_SIG_DFL, 0), 0);
}

static void t_sigtimedwait_and_signalfd(void)
{
	js_sigset_t set, old;
	js_siginfo_t info;
	struct js_signalfd_siginfo si;
	struct js_timespec zero = { 0, 0 };

	js_sigemptyset(&set);
	js_sigaddset(&set, JS_SIGRTMIN);
	js_sigaddset(&set, JS_SIGTERM);
	CHECK_EQ(js_sigprocmask(JS_SIG_BLOCK, &set, &old), 0);
	CHECK_EQ(js_sigtimedwait(&set, &info, &zero), -JS_EAGAIN);
	CHECK_EQ(js_kill((int)js_getpid(), JS_SIGRTMIN), 0);
	CHECK_EQ(js_sigtimedwait(&set, &info, &zero), JS_SIGRTMIN);
	CHECK_EQ(info.si_pid, js_getpid());

	long fd = js_signalfd(-1, &set, JS_SFD_CLOEXEC);
	CHECK(fd >= 0);
	CHECK_EQ(js_kill((int)js_getpid(), JS_SIGTERM), 0);
	CHECK_EQ(js_read((int)fd, &si, sizeof si), (long)sizeof si);
	CHECK_EQ(si.ssi_signo, JS_SIGTERM);
	CHECK_EQ(si.ssi_pid, js_getpid());
	js_close((int)fd);
	CHECK_EQ(js_sigprocmask(JS_SIG_SETMASK, &old, 0), 0);
}

static char alt[32768] __attribute__((aligned(16)));

static void t_sigaltstack(void)
{
	js_stack_t ss = { alt, 0, sizeof alt }, old;

	CHECK_EQ(js_sigaltstack(&ss, &old), 0);
	CHECK_EQ(handle(JS_SIGUSR1, on_sig, JS_SA_ONSTACK), 0);
	local_at = 0;
	CHECK_EQ(js_kill((int)js_getpid(), JS_SIGUSR1), 0);
	CHECK(local_at >= (unsigned long)alt && local_at < (unsigned long)alt + sizeof alt);
	CHECK_EQ(handle(JS_SIGUSR1, JS_SIG_DFL, 0), 0);
	ss.ss_flags = JS_SS_DISABLE;
	CHECK_EQ(js_sigaltstack(&ss, 0), 0);
}

JT_MAIN(T(t_handler_returns), T(t_siginfo_pid), T(t_pending_until_unblocked),
	T(t_sigtimedwait_and_signalfd), T(t_sigaltstack))
