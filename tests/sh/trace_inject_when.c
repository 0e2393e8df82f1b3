/* The program of tests/sh/test_trace_inject_when.sh: it makes one system
 * call a given number of times, in one process, across a fork, across an
 * execve of itself and in a second thread, and prints what each call
 * returned.  Run once with LIBJS_FAULT=<rule> and once under
 * `strace -f -e inject=<rule>`: both runs must print the same.
 *
 *   trace_inject_when MODE CALL
 * MODE: seq (six calls), fork (one, a child's three, two), exec (one,
 * then three in the image execve starts), thread (one, a thread's three,
 * two).  CALL: getppid, write (to /dev/null) or read (from /dev/zero).
 * Built with `libjs-cc --trace`: no libc.  The report goes out by writev,
 * which no rule of the test names, so a rule never hides the report. */
#include <libjs/libjs.h>

static int fd = -1;
static const char *call = "getppid";

static size_t len(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	return n;
}

static int same(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

static void say(const char *s)
{
	struct js_iovec v = { (void *)s, len(s) };

	js_writev(1, &v, 1);
}

/* One call of CALL, reported as "<who>: <result>": an error's name, or
 * the number returned (a parent's pid, from 100 up, as "pid": it differs
 * between runs; a retval= rule's value is below 100). */
static void one(const char *who)
{
	char b[64], num[24], *p = num + sizeof num;
	long r;

	if (same(call, "write"))
		r = js_write(fd, "xyz", 3);
	else if (same(call, "read"))
		r = js_read(fd, b, 3);
	else
		r = js_getppid();
	say(who);
	say(": ");
	if (r < 0) {
		say(js_errname(r));
	} else if (r >= 100 && same(call, "getppid")) {
		say("pid");
	} else {
		*--p = 0;
		do
			*--p = (char)('0' + r % 10);
		while (r /= 10);
		say(p);
	}
	say("\n");
}

static void calls(const char *who, int n)
{
	for (int i = 1; i <= n; i++)
		one(who);
}

static int thread_main(void *arg)
{
	calls(arg, 3);
	return 0;
}

int main(int argc, char **argv, char **envp)
{
	const char *m = argc > 2 ? argv[1] : "";

	if (argc > 2)
		call = argv[2];
	if (same(call, "write"))
		fd = (int)js_open("/dev/null", JS_O_WRONLY);
	else if (same(call, "read"))
		fd = (int)js_open("/dev/zero", JS_O_RDONLY);
	else if (!same(call, "getppid"))
		return 2;
	if (same(m, "seq")) {
		calls("main", 6);
	} else if (same(m, "fork")) {
		long pid;
		int st = 0;

		calls("parent", 1);
		pid = js_fork();
		if (pid == 0) {
			calls("child", 3);
			js_exit_group(0);
		}
		js_wait4((int)pid, &st, 0, 0);
		calls("parent", 2);
		if (st)
			return 3;
	} else if (same(m, "exec")) {
		char *args[] = { argv[0], "image2", argv[2], 0 };

		calls("before", 1);
		js_execve("/proc/self/exe", args, envp);
		say("execve failed\n");
		return 4;
	} else if (same(m, "image2")) {
		calls("after", 3);
	} else if (same(m, "thread")) {
		struct js_thread t;

		calls("main", 1);
		if (js_thread_create(&t, thread_main, "thread", 0) < 0 ||
		    js_thread_join(&t, 0) < 0)
			return 5;
		calls("main", 2);
	} else {
		return 2;
	}
	return 0;
}
