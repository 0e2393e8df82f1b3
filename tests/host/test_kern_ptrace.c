/* js_ptrace next to glibc's ptrace: a forked child stopped by
 * PTRACE_TRACEME (and another attached with PTRACE_ATTACH) is read
 * through both, word and registers, with the same results and the same
 * errors.  Every wait is bounded (wait_stop); a child is killed on any
 * failure. */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/ptrace.h>
#include <sys/procfs.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <elf.h>
#include "host.h"
#include <libjs/kern.h>
#include <libjs/errno.h>
#include <libjs/signal.h>

static volatile long word = 0x1111;

/* Wait for pid's next state change for at most 10 s (the machine may be
 * loaded); 0 and *status on success, -1 on timeout or error. */
static int wait_bounded(pid_t pid, int *status)
{
	for (int i = 0; i < 1000; i++) {
		pid_t r = waitpid(pid, status, WNOHANG | __WALL);
		if (r == pid)
			return 0;
		if (r < 0)
			return -1;
		struct timespec ts = { 0, 10 * 1000 * 1000 };
		nanosleep(&ts, NULL);
	}
	return -1;
}

static void reap(pid_t pid)
{
	int st;

	kill(pid, SIGKILL);
	wait_bounded(pid, &st);
}

/* A child that asks to be traced, changes `word` and stops itself. */
static pid_t traced_child(void)
{
	pid_t pid = fork();

	if (pid == 0) {
		if (js_ptrace(JS_PTRACE_TRACEME, 0, 0, 0) != 0)
			_exit(3);
		word = 0x5eed;
		raise(SIGSTOP);
		_exit(word == 0x600d ? 0 : 4);
	}
	return pid;
}

static void traceme_peek_regs_detach(void **state)
{
	(void)state;
	pid_t pid = traced_child();
	int st = 0;

	assert_true(pid > 0);
	if (wait_bounded(pid, &st) != 0 || !WIFSTOPPED(st) || WSTOPSIG(st) != SIGSTOP) {
		reap(pid);
		fail_msg("child did not stop (status %#x)", st);
	}

	/* Should this test stop early, the child dies with it. */
	assert_int_equal(js_ptrace(JS_PTRACE_SETOPTIONS, pid, 0,
				   (void *)(long)JS_PTRACE_O_EXITKILL), 0);
	/* Why it stopped: the SIGSTOP it raised. */
	js_siginfo_t si;
	memset(&si, 0, sizeof si);
	assert_int_equal(js_ptrace(JS_PTRACE_GETSIGINFO, pid, 0, &si), 0);
	assert_int_equal(si.si_signo, SIGSTOP);
	assert_int_equal(js_ptrace(JS_PTRACE_SETOPTIONS, pid, 0, (void *)0x80000000L), -JS_EINVAL);

	/* A word: js_ptrace stores it through data and returns 0; glibc
	 * returns it. */
	long w = 0;
	assert_int_equal(js_ptrace(JS_PTRACE_PEEKDATA, pid, (void *)&word, &w), 0);
	assert_int_equal(w, 0x5eed);
	errno = 0;
	long g = ptrace(PTRACE_PEEKDATA, pid, (void *)&word, 0);
	assert_int_equal(errno, 0);
	assert_int_equal(g, w);
	/* PEEKTEXT reads the same address space. */
	assert_int_equal(js_ptrace(JS_PTRACE_PEEKTEXT, pid, (void *)&word, &w), 0);
	assert_int_equal(w, 0x5eed);

	/* The general registers through GETREGSET and NT_PRSTATUS. */
	struct js_user_regs regs;
	struct js_iovec iov = { &regs, sizeof regs };
	memset(&regs, 0, sizeof regs);
	assert_int_equal(js_ptrace(JS_PTRACE_GETREGSET, pid, (void *)(long)JS_NT_PRSTATUS, &iov), 0);
	assert_int_equal(iov.iov_len, sizeof regs);
	elf_gregset_t gregs;
	struct iovec giov = { &gregs, sizeof gregs };
	assert_int_equal(ptrace(PTRACE_GETREGSET, pid, (void *)(long)NT_PRSTATUS, &giov), 0);
	assert_int_equal(giov.iov_len, iov.iov_len);
	assert_memory_equal(&regs, &gregs, sizeof regs);
	assert_true(JS_USER_REGS_PC(&regs) != 0);
	assert_true(JS_USER_REGS_SP(&regs) != 0);

	/* Error paths, both ways: an unmapped word, a bad regset. */
	assert_int_equal(js_ptrace(JS_PTRACE_PEEKDATA, pid, (void *)8, &w), -JS_EIO);
	errno = 0;
	assert_int_equal(ptrace(PTRACE_PEEKDATA, pid, (void *)8, 0), -1);
	assert_int_equal(errno, EIO);
	iov.iov_len = sizeof regs;
	assert_int_equal(js_ptrace(JS_PTRACE_GETREGSET, pid, (void *)0x7777, &iov), -JS_EINVAL);
	assert_int_equal(ptrace(PTRACE_GETREGSET, pid, (void *)0x7777, &giov), -1);
	assert_int_equal(errno, EINVAL);

	/* POKEDATA changes the child's word; the child checks it. */
	assert_int_equal(js_ptrace(JS_PTRACE_POKEDATA, pid, (void *)&word, (void *)0x600dL), 0);
	assert_int_equal(js_ptrace(JS_PTRACE_DETACH, pid, 0, 0), 0);
	assert_int_equal(wait_bounded(pid, &st), 0);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 0);
}

static void attach_peek_detach(void **state)
{
	(void)state;
	int ready[2];
	char c;
	int st = 0;

	assert_int_equal(pipe(ready), 0);
	pid_t pid = fork();
	if (pid == 0) {
		word = 0xa77ac4;
		if (write(ready[1], "r", 1) != 1)
			_exit(5);
		for (int i = 0; i < 2000; i++) {	/* 20 s at most */
			struct timespec ts = { 0, 10 * 1000 * 1000 };
			nanosleep(&ts, NULL);
		}
		_exit(0);
	}
	assert_true(pid > 0);
	close(ready[1]);
	/* The child has set word (EOF instead if it died). */
	assert_int_equal(read(ready[0], &c, 1), 1);
	close(ready[0]);
	assert_int_equal(js_ptrace(JS_PTRACE_ATTACH, pid, 0, 0), 0);
	if (wait_bounded(pid, &st) != 0 || !WIFSTOPPED(st)) {
		reap(pid);
		fail_msg("attached child did not stop");
	}
	long w = 0;
	assert_int_equal(js_ptrace(JS_PTRACE_PEEKDATA, pid, (void *)&word, &w), 0);
	assert_int_equal(w, 0xa77ac4);
	struct js_user_regs regs;
	struct js_iovec iov = { &regs, sizeof regs };
	assert_int_equal(js_ptrace(JS_PTRACE_GETREGSET, pid, (void *)(long)JS_NT_PRSTATUS, &iov), 0);
	assert_true(JS_USER_REGS_SP(&regs) != 0);
	/* Attaching twice: the kernel's EPERM, through both. */
	assert_int_equal(js_ptrace(JS_PTRACE_ATTACH, pid, 0, 0), -JS_EPERM);
	assert_int_equal(ptrace(PTRACE_ATTACH, pid, 0, 0), -1);
	assert_int_equal(errno, EPERM);
	assert_int_equal(js_ptrace(JS_PTRACE_DETACH, pid, 0, 0), 0);
	reap(pid);
}

/* Requests on a process that is not our tracee, and on none: the same
 * errors as glibc's. */
static void errors_match_glibc(void **state)
{
	(void)state;
	long w;

	assert_int_equal(js_ptrace(JS_PTRACE_PEEKDATA, getpid(), (void *)&word, &w), -JS_ESRCH);
	errno = 0;
	assert_int_equal(ptrace(PTRACE_PEEKDATA, getpid(), (void *)&word, 0), -1);
	assert_int_equal(errno, ESRCH);
	assert_int_equal(js_ptrace(JS_PTRACE_ATTACH, -1, 0, 0), -JS_ESRCH);
	assert_int_equal(ptrace(PTRACE_ATTACH, -1, 0, 0), -1);
	assert_int_equal(errno, ESRCH);
	/* Attaching to oneself */
	assert_int_equal(js_ptrace(JS_PTRACE_ATTACH, getpid(), 0, 0), -JS_EPERM);
	assert_int_equal(ptrace(PTRACE_ATTACH, getpid(), 0, 0), -1);
	assert_int_equal(errno, EPERM);
	assert_int_equal(js_ptrace(JS_PTRACE_DETACH, getpid(), 0, 0), -JS_ESRCH);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(traceme_peek_regs_detach),
		cmocka_unit_test(attach_peek_detach),
		cmocka_unit_test(errors_match_glibc),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
