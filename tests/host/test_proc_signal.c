/* Signals next to glibc.  libjs's header comes first here and glibc's
 * <signal.h> after it (test_proc_life.c has the other order): the
 * sa_handler and si_* spellings must work both ways. */
#include <libjs/libjs.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "host.h"

static volatile sig_atomic_t hits, last_sig;
static volatile int info_pid, info_code, info_uid;

static void on_sig(int sig)
{
	hits++;
	last_sig = sig;
}

static void on_info(int sig, js_siginfo_t *si, void *uc)
{
	(void)uc;
	hits++;
	last_sig = sig;
	info_pid = si->si_pid;
	info_code = si->si_code;
	info_uid = (int)si->si_uid;
}

static void set_handler(int sig, js_sighandler_t h, unsigned long flags)
{
	struct js_sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = h;
	sa.sa_flags = flags;
	assert_int_equal(js_sigaction(sig, &sa, 0), 0);
}

static void restore_default(int sig)
{
	set_handler(sig, JS_SIG_DFL, 0);
}

static void block(int how, int sig, js_sigset_t *old)
{
	js_sigset_t s;

	js_sigemptyset(&s);
	js_sigaddset(&s, sig);
	assert_int_equal(js_sigprocmask(how, &s, old), 0);
}

static void handler_runs_and_returns(void **state)
{
	(void)state;
	struct js_sigaction old;

	hits = 0;
	set_handler(JS_SIGUSR1, on_sig, 0);
	for (int i = 0; i < 3; i++)
		assert_int_equal(js_kill((int)js_getpid(), JS_SIGUSR1), 0);
	/* three round trips through the restorer, and we are still here */
	assert_int_equal(hits, 3);
	assert_int_equal(last_sig, JS_SIGUSR1);
	/* what the kernel holds: our handler, SA_RESTORER, a restorer */
	assert_int_equal(js_sigaction(JS_SIGUSR1, 0, &old), 0);
	assert_ptr_equal(old.sa_handler, on_sig);
	assert_true(old.sa_flags & JS_SA_RESTORER);
	assert_non_null(old.sa_restorer);
	/* glibc's sigaction reads the same kernel state */
	struct sigaction g;
	assert_int_equal(sigaction(SIGUSR1, NULL, &g), 0);
	assert_ptr_equal(g.sa_handler, on_sig);
	restore_default(JS_SIGUSR1);
}

static void fake_restorer(void) {}

static void caller_restorer_is_kept(void **state)
{
	(void)state;
	struct js_sigaction sa, old;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_sig;
	sa.sa_flags = JS_SA_RESTORER;
	sa.sa_restorer = fake_restorer;
	assert_int_equal(js_sigaction(JS_SIGUSR2, &sa, 0), 0);
	assert_int_equal(js_sigaction(JS_SIGUSR2, 0, &old), 0);
	assert_ptr_equal(old.sa_restorer, fake_restorer);
	restore_default(JS_SIGUSR2);
	/* errors: bad signal numbers, uncatchable signals */
	assert_int_equal(js_sigaction(0, &sa, 0), -JS_EINVAL);
	assert_int_equal(js_sigaction(65, &sa, 0), -JS_EINVAL);
	assert_int_equal(js_sigaction(JS_SIGKILL, &sa, 0), -JS_EINVAL);
	assert_int_equal(js_sigaction(JS_SIGUSR1, 0, (void *)1), -JS_EFAULT);
}

/* The sender's pid arrives in siginfo: a child signals us. */
static void siginfo_gives_sender_pid(void **state)
{
	(void)state;
	struct js_sigaction sa;
	js_sigset_t old, waitmask;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_info;
	sa.sa_flags = JS_SA_SIGINFO;
	assert_int_equal(js_sigaction(JS_SIGUSR1, &sa, 0), 0);
	block(JS_SIG_BLOCK, JS_SIGUSR1, &old);
	hits = 0;
	long me = js_getpid(), pid = js_fork();
	if (pid == 0)
		js_exit_group(js_kill((int)me, JS_SIGUSR1) == 0 ? 0 : 1);
	waitmask = old;
	js_sigdelset(&waitmask, JS_SIGUSR1);
	/* the signal may already be pending: sigsuspend returns at once */
	assert_int_equal(js_sigsuspend(&waitmask), -JS_EINTR);
	assert_int_equal(hits, 1);
	assert_int_equal(info_pid, pid);
	assert_int_equal(info_code, JS_SI_USER);
	assert_int_equal(info_uid, (int)js_getuid());
	int st;
	assert_int_equal(js_wait4((int)pid, &st, 0, 0), pid);
	assert_int_equal(st, 0);
	assert_int_equal(js_sigprocmask(JS_SIG_SETMASK, &old, 0), 0);
	restore_default(JS_SIGUSR1);
}

static void blocked_stays_pending_until_unblocked(void **state)
{
	(void)state;
	js_sigset_t old, pend;

	hits = 0;
	set_handler(JS_SIGUSR2, on_sig, 0);
	block(JS_SIG_BLOCK, JS_SIGUSR2, &old);
	assert_int_equal(js_kill((int)js_getpid(), JS_SIGUSR2), 0);
	assert_int_equal(hits, 0);
	assert_int_equal(js_sigpending(&pend), 0);
	assert_int_equal(js_sigismember(&pend, JS_SIGUSR2), 1);
	assert_int_equal(js_sigismember(&pend, JS_SIGUSR1), 0);
	/* glibc agrees about what is pending */
	sigset_t gp;
	assert_int_equal(sigpending(&gp), 0);
	assert_int_equal(sigismember(&gp, SIGUSR2), 1);
	block(JS_SIG_UNBLOCK, JS_SIGUSR2, 0);
	assert_int_equal(hits, 1);
	assert_int_equal(js_sigpending(&pend), 0);
	assert_int_equal(js_sigismember(&pend, JS_SIGUSR2), 0);
	assert_int_equal(js_sigprocmask(JS_SIG_SETMASK, &old, 0), 0);
	assert_int_equal(js_sigprocmask(99, &old, 0), -JS_EINVAL);
	restore_default(JS_SIGUSR2);
}

static void sigtimedwait_takes_pending_and_times_out(void **state)
{
	(void)state;
	js_sigset_t set, old;
	js_siginfo_t info;
	struct js_timespec zero = { 0, 0 };

	block(JS_SIG_BLOCK, JS_SIGRTMIN + 5, &old);
	js_sigemptyset(&set);
	js_sigaddset(&set, JS_SIGRTMIN + 5);
	assert_int_equal(js_sigtimedwait(&set, &info, &zero), -JS_EAGAIN);
	assert_int_equal(js_tgkill((int)js_getpid(), (int)js_gettid(), JS_SIGRTMIN + 5), 0);
	memset(&info, 0, sizeof info);
	assert_int_equal(js_sigtimedwait(&set, &info, &zero), JS_SIGRTMIN + 5);
	assert_int_equal(info.si_signo, JS_SIGRTMIN + 5);
	assert_int_equal(info.si_code, JS_SI_TKILL);
	assert_int_equal(info.si_pid, js_getpid());
	assert_int_equal(js_sigprocmask(JS_SIG_SETMASK, &old, 0), 0);
}

static void signalfd_reads_blocked_signals(void **state)
{
	(void)state;
	js_sigset_t set, old;
	struct js_signalfd_siginfo si[2];

	block(JS_SIG_BLOCK, JS_SIGUSR1, &old);
	js_sigemptyset(&set);
	js_sigaddset(&set, JS_SIGUSR1);
	long fd = js_signalfd(-1, &set, JS_SFD_NONBLOCK | JS_SFD_CLOEXEC);
	assert_true(fd >= 0);
	assert_int_equal(read((int)fd, si, sizeof si), -1); /* EAGAIN: nothing yet */
	assert_int_equal(js_kill((int)js_getpid(), JS_SIGUSR1), 0);
	memset(si, 0, sizeof si);
	assert_int_equal(js_read((int)fd, si, sizeof si), (long)sizeof si[0]);
	assert_int_equal(si[0].ssi_signo, JS_SIGUSR1);
	assert_int_equal(si[0].ssi_pid, js_getpid());
	assert_int_equal(si[0].ssi_code, JS_SI_USER);
	assert_int_equal(js_read((int)fd, si, sizeof si), -JS_EAGAIN);
	close((int)fd);
	assert_int_equal(js_signalfd(-1, &set, 0x1234), -JS_EINVAL);
	assert_int_equal(js_signalfd(12345, &set, 0), -JS_EBADF);
	assert_int_equal(js_sigprocmask(JS_SIG_SETMASK, &old, 0), 0);
}

static char alt_stack[64 * 1024] __attribute__((aligned(16)));
static volatile uintptr_t handler_local_addr;
static volatile int handler_onstack_flag;

static void on_alt(int sig)
{
	int local = sig;
	js_stack_t cur;

	handler_local_addr = (uintptr_t)&local;
	if (js_sigaltstack(0, &cur) == 0)
		handler_onstack_flag = cur.ss_flags & JS_SS_ONSTACK;
	hits++;
}

static void sigaltstack_handler_runs_on_it(void **state)
{
	(void)state;
	js_stack_t ss, old;

	ss.ss_sp = alt_stack;
	ss.ss_size = sizeof alt_stack;
	ss.ss_flags = 0;
	assert_int_equal(js_sigaltstack(&ss, &old), 0);
	hits = 0;
	set_handler(JS_SIGUSR1, on_alt, JS_SA_ONSTACK);
	assert_int_equal(js_kill((int)js_getpid(), JS_SIGUSR1), 0);
	assert_int_equal(hits, 1);
	assert_true(handler_local_addr >= (uintptr_t)alt_stack);
	assert_true(handler_local_addr < (uintptr_t)alt_stack + sizeof alt_stack);
	assert_int_equal(handler_onstack_flag, JS_SS_ONSTACK);
	/* without SA_ONSTACK the handler stays on the normal stack */
	set_handler(JS_SIGUSR1, on_alt, 0);
	assert_int_equal(js_kill((int)js_getpid(), JS_SIGUSR1), 0);
	assert_false(handler_local_addr >= (uintptr_t)alt_stack &&
		     handler_local_addr < (uintptr_t)alt_stack + sizeof alt_stack);
	restore_default(JS_SIGUSR1);
	/* too small a stack is refused; then put the old one back */
	ss.ss_size = 16;
	assert_int_equal(js_sigaltstack(&ss, 0), -JS_ENOMEM);
	assert_int_equal(js_sigaltstack(&old, 0), 0);
}

/* A blocking read interrupted by a handler installed without SA_RESTART
 * fails with EINTR.  A child keeps signalling us until killed, so a
 * signal that lands before the read has started does no harm. */
static void eintr_without_sa_restart(void **state)
{
	(void)state;
	int fds[2];
	char c;

	assert_int_equal(pipe(fds), 0);
	hits = 0;
	set_handler(JS_SIGUSR1, on_sig, 0);
	long me = js_getpid(), pid = js_fork();
	if (pid == 0) {
		struct js_timespec t = { 0, 20 * 1000 * 1000 };
		for (int i = 0; i < 500; i++) {
			js_nanosleep(&t, 0);
			js_kill((int)me, JS_SIGUSR1);
		}
		js_exit_group(0);
	}
	assert_int_equal(js_read(fds[0], &c, 1), -JS_EINTR);
	assert_true(hits >= 1);
	js_kill((int)pid, JS_SIGKILL);
	int st;
	assert_int_equal(js_wait4((int)pid, &st, 0, 0), pid);
	close(fds[0]);
	close(fds[1]);
	restore_default(JS_SIGUSR1);
}

/* With SA_RESTART the same read is restarted and gets the data the
 * child writes after its signals. */
static void sa_restart_restarts_read(void **state)
{
	(void)state;
	int fds[2];
	char c = 0;

	assert_int_equal(pipe(fds), 0);
	hits = 0;
	set_handler(JS_SIGUSR1, on_sig, JS_SA_RESTART);
	long me = js_getpid(), pid = js_fork();
	if (pid == 0) {
		struct js_timespec t = { 0, 20 * 1000 * 1000 };
		for (int i = 0; i < 5; i++) {
			js_nanosleep(&t, 0);
			js_kill((int)me, JS_SIGUSR1);
		}
		js_nanosleep(&t, 0);
		js_write(fds[1], "x", 1);
		js_exit_group(0);
	}
	assert_int_equal(js_read(fds[0], &c, 1), 1);
	assert_int_equal(c, 'x');
	int st;
	assert_int_equal(js_wait4((int)pid, &st, 0, 0), pid);
	assert_int_equal(hits, 5);
	close(fds[0]);
	close(fds[1]);
	restore_default(JS_SIGUSR1);
}

static void sigset_helpers(void **state)
{
	(void)state;
	js_sigset_t s;

	assert_int_equal(js_sigemptyset(&s), 0);
	for (int i = 1; i <= 64; i++)
		assert_int_equal(js_sigismember(&s, i), 0);
	assert_int_equal(js_sigaddset(&s, 1), 0);
	assert_int_equal(js_sigaddset(&s, 64), 0);
	assert_int_equal(s.sig[0], 0x8000000000000001UL);
	assert_int_equal(js_sigdelset(&s, 1), 0);
	assert_int_equal(js_sigismember(&s, 1), 0);
	assert_int_equal(js_sigismember(&s, 64), 1);
	assert_int_equal(js_sigfillset(&s), 0);
	assert_int_equal(js_sigismember(&s, 33), 1);
	assert_int_equal(js_sigaddset(&s, 0), -JS_EINVAL);
	assert_int_equal(js_sigaddset(&s, 65), -JS_EINVAL);
	assert_int_equal(js_sigdelset(&s, -1), -JS_EINVAL);
	assert_int_equal(js_sigismember(&s, 65), -JS_EINVAL);
	assert_int_equal(js_sigemptyset(0), -JS_EFAULT);
	assert_int_equal(js_sigfillset(0), -JS_EFAULT);
	assert_int_equal(js_sigaddset(0, 1), -JS_EFAULT);
	assert_int_equal(js_sigdelset(0, 1), -JS_EFAULT);
	assert_int_equal(js_sigismember(0, 1), -JS_EFAULT);
	/* the bit for signal n is glibc's too (its set's first word) */
	sigset_t g;
	sigemptyset(&g);
	sigaddset(&g, SIGTERM);
	js_sigemptyset(&s);
	js_sigaddset(&s, JS_SIGTERM);
	assert_memory_equal(&g, &s, sizeof s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(handler_runs_and_returns),
		cmocka_unit_test(caller_restorer_is_kept),
		cmocka_unit_test(siginfo_gives_sender_pid),
		cmocka_unit_test(blocked_stays_pending_until_unblocked),
		cmocka_unit_test(sigtimedwait_takes_pending_and_times_out),
		cmocka_unit_test(signalfd_reads_blocked_signals),
		cmocka_unit_test(sigaltstack_handler_runs_on_it),
		cmocka_unit_test(eintr_without_sa_restart),
		cmocka_unit_test(sa_restart_restarts_read),
		cmocka_unit_test(sigset_helpers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
