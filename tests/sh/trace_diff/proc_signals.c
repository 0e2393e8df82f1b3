/* Differential trace program (tests/sh/test_trace_diff.sh), process
 * domain: signal actions (both structs), masks and the sets strace
 * abbreviates (~[...]), pending sets, signals sent to itself and caught,
 * queued with a siginfo, waited for, and the errors of bad numbers.
 * Bounded by alarm(20). */
#include <libjs/libjs.h>

static volatile int got;

static void on_sig(int sig)
{
	got += sig;
}

static void on_info(int sig, js_siginfo_t *si, void *uc)
{
	(void)si;
	(void)uc;
	got += sig;
}

int main(void)
{
	struct js_sigaction sa;
	/* Room after oldact: qemu-riscv64 7.2 writes a struct sigaction with
	 * an sa_restorer word (32 bytes) where the riscv64 kernel's has none
	 * (24), so 8 bytes past it would be overwritten -- sa's handler, on
	 * this stack, which turned SIGUSR2's handler into SIG_DFL. */
	struct { struct js_sigaction a; unsigned long qemu_pad; } o;
	js_sigset_t set, oset, pend;
	js_siginfo_t si;
	struct js_timespec ts = { 0, 1000 };
	js_stack_t ss, oss;
	static char altstack[65536];
	int i;

	js_alarm(20);
	/* The old actions printed below must not depend on what the parent
	 * left: a signal ignored there stays ignored across execve (make
	 * check once ran this with SIGRTMIN+1 ignored).  Each signal whose
	 * old action is shown is set to SIG_DFL first. */
	__builtin_memset(&sa, 0, sizeof sa);
	js_sigaction(JS_SIGUSR2, &sa, 0);
	js_sigaction(JS_SIGPIPE, &sa, 0);
	js_sigaction(JS_SIGRTMIN + 1, &sa, 0);
	js_sigaction(JS_SIGRTMIN + 3, &sa, 0);
	sa.sa_handler = on_sig;
	js_sigaction(JS_SIGUSR1, &sa, 0);
	js_sigaction(JS_SIGUSR1, 0, &o.a);
	__builtin_memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_info;
	sa.sa_flags = JS_SA_SIGINFO | JS_SA_RESTART | JS_SA_ONSTACK;
	js_sigaddset(&sa.sa_mask, JS_SIGINT);
	js_sigaddset(&sa.sa_mask, JS_SIGTERM);
	js_sigaddset(&sa.sa_mask, JS_SIGRTMIN + 2);
	js_sigaction(JS_SIGUSR2, &sa, &o.a);
	js_sigaction(JS_SIGUSR2, &sa, &o.a);
	sa.sa_handler = JS_SIG_IGN;
	sa.sa_flags = 0;
	js_sigemptyset(&sa.sa_mask);
	js_sigaction(JS_SIGPIPE, &sa, &o.a);
	sa.sa_handler = JS_SIG_DFL;
	js_sigaction(JS_SIGPIPE, &sa, &o.a);
	js_sigaction(JS_SIGKILL, &sa, 0);
	js_sigaction(JS_SIGRTMIN + 1, &sa, &o.a);
	sa.sa_handler = JS_SIG_IGN;
	js_sigaction(JS_SIGRTMIN + 3, &sa, &o.a);
	js_sigaction(65, &sa, 0);

	/* Masks: a few signals, all but a few, the empty set. */
	js_sigemptyset(&set);
	js_sigaddset(&set, JS_SIGINT);
	js_sigaddset(&set, JS_SIGTERM);
	js_sigprocmask(JS_SIG_BLOCK, &set, &oset);
	js_sigfillset(&set);
	js_sigdelset(&set, JS_SIGRTMIN);
	js_sigdelset(&set, JS_SIGRTMIN + 1);
	js_sigprocmask(JS_SIG_SETMASK, &set, &oset);
	js_sigprocmask(JS_SIG_SETMASK, &oset, 0);
	js_sigprocmask(JS_SIG_UNBLOCK, 0, &oset);
	js_sigprocmask(7, &set, 0);
	js_sigemptyset(&set);
	for (i = 1; i <= 64; i += 5)
		js_sigaddset(&set, i);
	js_sigprocmask(JS_SIG_BLOCK, &set, &oset);
	js_sigprocmask(JS_SIG_SETMASK, &oset, 0);

	/* A blocked signal stays pending, then is taken by sigtimedwait. */
	js_sigemptyset(&set);
	js_sigaddset(&set, JS_SIGUSR1);
	js_sigaddset(&set, JS_SIGCHLD);
	js_sigprocmask(JS_SIG_BLOCK, &set, 0);
	js_kill((int)js_getpid(), JS_SIGUSR1);
	js_sigpending(&pend);
	js_sigtimedwait(&set, &si, &ts);
	js_sigtimedwait(&set, &si, &ts);
	js_sigtimedwait(&set, 0, &ts);
	/* Queued with a value, taken by sigtimedwait. */
	__builtin_memset(&si, 0, sizeof si);
	si.si_signo = JS_SIGUSR1;
	si.si_code = JS_SI_QUEUE;
	si.si_pid = (int)js_getpid();
	si.si_uid = (unsigned int)js_getuid();
	si.si_int = 42;
	js_rt_sigqueueinfo((int)js_getpid(), JS_SIGUSR1, &si);
	js_sigtimedwait(&set, &si, 0);
	/* Caught by its handler (the one rt_sigreturn the trace cannot see). */
	js_tgkill((int)js_getpid(), (int)js_gettid(), JS_SIGUSR2);
	js_tkill((int)js_gettid(), JS_SIGCHLD);
	js_kill((int)js_getpid(), 0);
	js_kill((int)js_getpid(), JS_SIGRTMIN + 3);
	js_kill(-1234567, JS_SIGTERM);
	js_kill((int)js_getpid(), 99);

	/* An alternate stack. */
	ss.ss_sp = altstack;
	ss.ss_size = sizeof altstack;
	ss.ss_flags = 0;
	js_sigaltstack(&ss, &oss);
	js_sigaltstack(0, &oss);
	ss.ss_flags = JS_SS_DISABLE;
	js_sigaltstack(&ss, 0);
	js_alarm(0);
	return got == 0;
}
