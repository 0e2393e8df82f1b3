/* Tracing and fault injection with no libc: switched from code
 * (js_trace_set, js_fault_set) and from an envp (js_trace_init), lines
 * read back from a pipe, and the hook gone again once both are off. */
#include "runner.h"

static int rd, wr;

static void open_pipe(void)
{
	int fds[2];

	CHECK_EQ(js_pipe2(fds, JS_O_CLOEXEC | JS_O_NONBLOCK), 0);
	rd = fds[0];
	wr = fds[1];
}

/* What the trace wrote since open_pipe, NUL-terminated. */
static const char *drain(void)
{
	static char buf[4096];
	long n;

	js_trace_set(0, 2);
	n = js_read(rd, buf, sizeof buf - 1);
	buf[n > 0 ? n : 0] = 0;
	js_close(rd);
	js_close(wr);
	return buf;
}

static int starts(const char *s, const char *prefix)
{
	while (*prefix && *s == *prefix)
		s++, prefix++;
	return !*prefix;
}

/* After a failed call the tracer reads the caller's memory only through
 * process_vm_readv (a bad pointer must not crash it).  qemu-user answers
 * that call with ENOSYS, and so does a kernel without
 * CONFIG_CROSS_MEMORY_ATTACH: then the buffer is shown as its address. */
static int can_read_safely(void)
{
	char src[1] = { 1 }, dst[1];
	struct js_iovec l = { dst, 1 }, r = { src, 1 };

	return js_syscall(JS_NR_process_vm_readv, js_getpid(), &l, 1L, &r, 1L,
			  0L) == 1;
}

static void t_trace_set(void)
{
	int safe = can_read_safely();
	const char *out;

	open_pipe();
	js_trace_set(1, wr);
	CHECK(js_trace_on());
	js_close(-1);
	js_write(-1, "hi\n", 3);
	out = drain();
	if (safe)
		CHECK_STR(out, "libjs:syscall close(-1) = -9 EBADF (Bad file descriptor)\n"
			       "libjs:syscall write(-1, \"hi\\n\", 3) = -9 EBADF (Bad file descriptor)\n");
	else
		CHECK(starts(out, "libjs:syscall close(-1) = -9 EBADF (Bad file descriptor)\n"
				  "libjs:syscall write(-1, 0x"));
	CHECK(!js_trace_on());
}

static void t_fault_set(void)
{
	long ppid = js_getppid();

	CHECK(ppid > 0);
	CHECK_EQ(js_fault_set(JS_NR_getppid, JS_EPERM, 2), 0);
	CHECK_EQ(js_getppid(), ppid);
	CHECK_EQ(js_getppid(), -JS_EPERM);
	CHECK_EQ(js_getppid(), ppid);
	js_fault_clear();
}

/* Rules the hook could never honour are refused (with
 * exit_group:EIO, js_exit_group retried a call the kernel never saw, for
 * ever), and js_trace_init names the first bad LIBJS_FAULT entry on fd 2
 * with what is wrong with it. */
static void t_fault_refused(void)
{
	static const struct {
		const char *spec, *line;
	} bad[] = {
		{ "exit_group:EIO", "libjs: LIBJS_FAULT: \"exit_group:EIO\" refused: the call does not return, so it cannot fail\n" },
		{ "read:EINTR,exit:1", "libjs: LIBJS_FAULT: \"exit:1\" refused: the call does not return, so it cannot fail\n" },
		{ "clone:EAGAIN", "libjs: LIBJS_FAULT: \"clone:EAGAIN\" refused: libjs also makes it in assembly" },
		{ "rt_sigreturn:EINTR", "libjs: LIBJS_FAULT: \"rt_sigreturn:EINTR\" refused: libjs also makes it" },
		{ "nosuchcall:EIO", "libjs: LIBJS_FAULT: \"nosuchcall:EIO\" refused: unknown system call\n" },
		{ "read:ENOPE", "libjs: LIBJS_FAULT: \"read:ENOPE\" refused: unknown error" },
		{ "read:EIO:0", "libjs: LIBJS_FAULT: \"read:EIO:0\" refused: bad call number" },
		{ "getpid:short", "libjs: LIBJS_FAULT: \"getpid:short\" refused: `short` needs" },
		{ "read", "libjs: LIBJS_FAULT: \"read\" refused: not <syscall>:<error>[:<when>]\n" },
	};
	char env0[64] = "LIBJS_FAULT=";
	char *env[] = { env0, 0 };
	long st = 0, pid;

	CHECK_EQ(js_fault_set(JS_NR_exit_group, JS_EIO, 0), -JS_EINVAL);
	CHECK_EQ(js_fault_set(JS_NR_exit, JS_EIO, 0), -JS_EINVAL);
	CHECK_EQ(js_fault_set(JS_NR_clone, JS_EAGAIN, 1), -JS_EINVAL);
	CHECK_EQ(js_fault_parse("exit_group:EIO"), -JS_EINVAL);
	for (unsigned int i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		long saved = js_dup(2), n;
		char line[512];
		unsigned int k = 12;

		for (const char *p = bad[i].spec; *p; p++)
			env0[k++] = *p;
		env0[k] = 0;
		open_pipe();
		js_dup2(wr, 2);
		CHECK_EQ(js_trace_init(env), -JS_EINVAL);
		js_dup2((int)saved, 2);
		js_close((int)saved);
		js_fault_clear();	/* the good rules before a bad one stay */
		n = js_read(rd, line, sizeof line - 1);
		line[n > 0 ? n : 0] = 0;
		js_close(rd);
		js_close(wr);
		if (!starts(line, bad[i].line)) {
			jt_puts(line);
			CHECK(starts(line, bad[i].line));
		}
	}
	/* The refused rule leaves exit_group alone: a child ends at once. */
	js_fault_parse("exit_group:EIO");
	pid = js_fork();
	if (pid == 0)
		js_exit_group(3);
	CHECK(pid > 0);
	for (int i = 0; i < 500 && js_wait4((int)pid, (int *)&st, JS_WNOHANG, 0) == 0; i++) {
		struct js_timespec ms10 = { 0, 10000000 };

		js_nanosleep(&ms10, 0);
	}
	if (!JS_WIFEXITED(st)) {
		js_kill((int)pid, JS_SIGKILL);
		js_wait4((int)pid, 0, 0, 0);
	}
	CHECK(JS_WIFEXITED(st) && JS_WEXITSTATUS(st) == 3);
	js_fault_clear();
}

static void t_init_from_envp(void)
{
	char *env[] = { "HOME=/", "DEBUG=foo,libjs:*", "LIBJS_FAULT=getuid:EACCES:1", 0 };

	open_pipe();
	CHECK_EQ(js_trace_init(env), 0);
	CHECK(js_trace_on());
	js_trace_set(1, wr);
	CHECK_EQ(js_getuid(), -JS_EACCES);
	CHECK(js_getuid() >= 0);
	js_fault_clear();
	CHECK(starts(drain(), "libjs:syscall getuid() = -13 EACCES (INJECTED)\n"
			      "libjs:syscall getuid() = "));
}

/* A traced vfork: the parent reports (the child's side has no line, as in
 * strace -f) and carries on (the hook
 * makes it a fork, so the child cannot clobber the parent's frame). */
static void t_vfork(void)
{
#ifdef JS_NR_vfork
	long pid;
	int st = 0;

	open_pipe();
	js_trace_set(1, wr);
	pid = js_syscall(JS_NR_vfork);
	if (pid == 0)
		js_exit_group(7);
	CHECK(pid > 0);
	CHECK_EQ(js_syscall(JS_NR_wait4, pid, &st, 0L, 0L), pid);
	CHECK_EQ((st >> 8) & 0xff, 7);
	{
		const char *t = drain();
		int child = 0, parent = 0;

		for (; *t; t++) {
			if (starts(t, "libjs:syscall vfork() = 0\n"))
				child++;
			else if (starts(t, "libjs:syscall vfork() = "))
				parent++;
		}
		/* One line, the parent's: strace -f has no line for the
		 * child's side of a fork either (issue 11). */
		CHECK_EQ(child, 0);
		CHECK_EQ(parent, 1);
	}
#endif
}

extern js_hook_fn js__hook __attribute__((visibility("hidden")));

/* Off again: the wrappers see a NULL hook, as in a program that never
 * traced. */
static void t_off_again(void)
{
	CHECK(js__hook == 0);
	CHECK_EQ(js_fault_set(JS_NR_getppid, JS_EPERM, 0), 0);
	CHECK(js__hook != 0);
	js_fault_clear();
	CHECK(js__hook == 0);
	CHECK_EQ(js_fault_parse("nosuch:EPERM"), -JS_EINVAL);
	CHECK(js__hook == 0);
}

JT_MAIN(T(t_fault_refused), T(t_trace_set), T(t_fault_set), T(t_init_from_envp), T(t_vfork), T(t_off_again))
