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

/* A traced vfork: both sides report and the parent carries on (the hook
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
		CHECK_EQ(child, 1);
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

JT_MAIN(T(t_trace_set), T(t_fault_set), T(t_init_from_envp), T(t_vfork), T(t_off_again))
