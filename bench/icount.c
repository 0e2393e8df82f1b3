/* icount PROGRAM ARGS...: the number of user-space instructions PROGRAM
 * executes from execve to exit, counted by single-stepping it with
 * ptrace(2).  make bench uses it next to callgrind because valgrind gives
 * the programs it runs no vDSO (AT_SYSINFO_EHDR is hidden), so callgrind
 * can only count the system-call path; the single-stepped program runs on
 * the real kernel with its real vDSO, and every instruction inside the
 * vDSO is counted too.  A system call counts as one instruction.  Host
 * tool (glibc), x86_64, like the rest of make bench. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	unsigned long long steps = 0;
	int st;
	pid_t pid;

	if (argc < 2) {
		fprintf(stderr, "usage: icount PROGRAM ARGS...\n");
		return 2;
	}
	pid = fork();
	if (pid < 0)
		return perror("fork"), 1;
	if (pid == 0) {
		ptrace(PTRACE_TRACEME, 0, 0, 0);
		execv(argv[1], argv + 1);
		_exit(127);
	}
	/* Stopped at the execve's SIGTRAP: the new image's first instruction. */
	if (waitpid(pid, &st, 0) != pid || !WIFSTOPPED(st))
		return fprintf(stderr, "icount: %s did not start\n", argv[1]), 1;
	for (;;) {
		if (ptrace(PTRACE_SINGLESTEP, pid, 0, 0) < 0)
			return perror("ptrace"), 1;
		if (waitpid(pid, &st, 0) != pid)
			return perror("waitpid"), 1;
		if (WIFEXITED(st) || WIFSIGNALED(st))
			break;
		steps++;
	}
	printf("%llu\n", steps);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
}
