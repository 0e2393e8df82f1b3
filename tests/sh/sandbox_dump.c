/* sandbox_dump PROGRAM ARGS...: runs PROGRAM (built with libjs-cc
 * --sandbox) under ptrace until its start code's seccomp(2) returns, reads
 * the installed filter back (PTRACE_SECCOMP_GET_FILTER, root only), kills
 * the program, and prints "number" for each system call the filter
 * allows, running the filter with tests/free/bpf_run.h on every number
 * 0..1023 of this machine's architecture.  The last line is "default
 * 0xACTION", the answer to a number outside the set.  Host (glibc) helper
 * of tests/sh/test_sandbox_examples.sh. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "../free/bpf_run.h"

int main(int argc, char **argv)
{
	static struct js_sock_filter prog[JS_BPF_MAXINSNS];
	struct __ptrace_syscall_info si;
	int st, entered = 0;
	long n;
	pid_t pid;

	if (argc < 2)
		return 2;
	pid = fork();
	if (pid == 0) {
		ptrace(PTRACE_TRACEME, 0, 0, 0);
		raise(SIGSTOP);
		execv(argv[1], argv + 1);
		_exit(127);
	}
	if (waitpid(pid, &st, 0) != pid || !WIFSTOPPED(st))
		return 3;
	ptrace(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL);
	for (int i = 0; i < 100000; i++) {
		if (ptrace(PTRACE_SYSCALL, pid, 0, 0) != 0 || waitpid(pid, &st, 0) != pid)
			return 4;
		if (!WIFSTOPPED(st)) {
			fprintf(stderr, "sandbox_dump: %s ended before seccomp(2)\n", argv[1]);
			return 5;
		}
		if (WSTOPSIG(st) != (SIGTRAP | 0x80))
			continue;
		if (ptrace(PTRACE_GET_SYSCALL_INFO, pid, sizeof si, &si) <= 0)
			return 6;
		if (si.op == PTRACE_SYSCALL_INFO_ENTRY)
			entered = si.entry.nr == SYS_seccomp;
		else if (si.op == PTRACE_SYSCALL_INFO_EXIT && entered && si.exit.rval == 0)
			break;
	}
	n = ptrace(PTRACE_SECCOMP_GET_FILTER, pid, 0, prog);
	kill(pid, SIGKILL);
	waitpid(pid, &st, 0);
	if (n <= 0) {
		perror("sandbox_dump: PTRACE_SECCOMP_GET_FILTER");
		return 7;
	}
	for (int nr = 0; nr < 1024; nr++) {
		struct js_seccomp_data d = { nr, JS_AUDIT_ARCH, 0, { 0 } };

		if (bpf_run(prog, (size_t)n, &d, 0) == JS_SECCOMP_RET_ALLOW)
			printf("%d\n", nr);
	}
	struct js_seccomp_data d = { 1023, JS_AUDIT_ARCH, 0, { 0 } };
	printf("default %#x\n", bpf_run(prog, (size_t)n, &d, 0));
	return 0;
}
