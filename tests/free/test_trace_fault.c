/* Fault injection with strace's semantics, with no libc, on every
 * architecture (docs/tracing.md, "Fault injection"): the when forms
 * counted as strace counts them, the last rule for a call winning,
 * retval=, counts per thread and fresh in a forked child, and the
 * LIBJS_FAULT an execve hands on (js__fault_env, what the new image
 * parses).  getppid is the call: cheap, and nothing else here makes it. */
#include "runner.h"
#include "../../src/trace/trace.h"

/* Which of the next n getppid calls fail, as a string of '.' (passed)
 * and 'x' (failed with the rule's error) or 'r' (returned 42). */
static const char *pattern(int n)
{
	static char s[80];
	int i;

	for (i = 0; i < n && i < (int)sizeof s - 1; i++) {
		long r = js_getppid();

		s[i] = r == -JS_EIO ? 'x' : r == 42 ? 'r' : r > 0 ? '.' : '?';
	}
	s[i] = 0;
	return s;
}

/* strace(1)'s table of when forms, each checked call by call; the
 * expectations are what strace 6.1 injects (tests/sh/
 * test_trace_inject_when.sh compares the same forms with strace itself). */
static void t_when_forms(void)
{
	static const struct {
		const char *spec, *want;
	} t[] = {
		{ "getppid:EIO", "xxxxxxxxxx" },
		{ "getppid:EIO:3", "..x......." },
		{ "getppid:EIO:3+", "..xxxxxxxx" },
		{ "getppid:EIO:3+3", "..x..x..x." },
		{ "getppid:EIO:3..5", "..xxx....." },
		{ "getppid:EIO:3..5+", "..xxx....." },
		{ "getppid:EIO:2..8+3", ".x..x..x.." },
		{ "getppid:EIO:2..7+3", ".x..x....." },
		{ "getppid:EIO:1..1", "x........." },
		{ "getppid:error=EIO:when=4+2", "...x.x.x.x" },
		{ "getppid:when=2:error=eio", ".x........" },
		{ "getppid:5:when=1+9", "x........x" },
		{ "getppid:error=EIO:when=9:when=2..3", ".xx......." },
		{ "getppid:retval=42:when=2+4", ".r...r...r" },
		{ "getppid:retval=0x2a:when=10", ".........r" },
		/* The last rule for a call replaces the earlier ones. */
		{ "getppid:EPERM:1,getppid:EIO:2", ".x........" },
		{ "getppid:EIO:1+,getppid:retval=42:when=3", "..r......." },
	};

	for (unsigned int i = 0; i < sizeof t / sizeof t[0]; i++) {
		const char *got;

		js_fault_clear();
		CHECK_EQ(js_fault_parse(t[i].spec), 0);
		got = pattern(10);
		if (!jt_streq(got, t[i].want)) {
			jt_puts(t[i].spec);
			jt_puts("\n");
			CHECK_STR(got, t[i].want);
		}
	}
	js_fault_clear();
	/* The counters restart with a rule set again from code. */
	CHECK_EQ(js_fault_add(JS_NR_getppid, JS_FAULT_DO_ERROR, JS_EIO, 2,
			      JS_FAULT_LAST_INF, 0), 0);
	CHECK_STR(pattern(3), ".x.");
	CHECK_EQ(js_fault_add(JS_NR_getppid, JS_FAULT_DO_ERROR, JS_EIO, 2,
			      JS_FAULT_LAST_INF, 0), 0);
	CHECK_STR(pattern(3), ".x.");
	/* step 0 with a last: call first only. */
	CHECK_EQ(js_fault_add(JS_NR_getppid, JS_FAULT_DO_ERROR, JS_EIO, 2, 5, 0), 0);
	CHECK_STR(pattern(6), ".x....");
	CHECK_EQ(js_fault_set(JS_NR_getppid, JS_EIO, 3 | JS_FAULT_FROM), 0);
	CHECK_STR(pattern(5), "..xxx");
	js_fault_clear();
	CHECK_STR(pattern(3), "...");
}

/* The rules that cannot be: strace refuses the same. */
static void t_when_refused(void)
{
	static const char *const bad[] = {
		"getppid:EIO:0", "getppid:EIO:65536", "getppid:EIO:1..65535",
		"getppid:EIO:5..4", "getppid:EIO:1+0", "getppid:EIO:1+65536",
		"getppid:EIO:..3", "getppid:EIO:1..", "getppid:EIO:+1",
		"getppid:error=EIO:retval=1", "getppid:retval=-3",
		"getppid:when=1", "getppid:error=short", "getppid:EIO:1:2",
	};

	for (unsigned int i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		js_fault_clear();
		if (js_fault_parse(bad[i]) != -JS_EINVAL) {
			jt_puts(bad[i]);
			CHECK(0);
		}
	}
	js_fault_clear();
	CHECK_EQ(js_fault_parse("getppid:EIO:65535,getpid:EIO:1..65534+65535"), 0);
	js_fault_clear();
}

/* The LIBJS_FAULT an execve passes on: the window left of every rule,
 * from this thread's count; spent rules left out. */
static void t_env_carries_counts(void)
{
	char env[512];
	size_t n;

	js_fault_clear();
	CHECK_EQ(js_fault_parse("getppid:EIO:3,getuid:retval=7:when=2..9+3,"
				"read:short:when=4+,getgid:5:2,getegid:EACCES"), 0);
	pattern(1);
	js_getuid();
	js_getuid();		/* injected: 7 */
	js_getgid();
	js_getgid();		/* injected: spent */
	n = js__fault_env(env, sizeof env);
	CHECK(n > 12);
	CHECK_STR(env, "LIBJS_FAULT=getppid:EIO:2,getuid:retval=7:3..7+3,"
		       "read:short:4+1,getegid:EACCES:1+1");
	/* Parsed again, it selects the same calls: getppid's second from
	 * here, as the third in all. */
	js_fault_clear();
	CHECK_EQ(js_fault_parse(env + 12), 0);
	CHECK_STR(pattern(3), ".x.");
	CHECK_EQ(js_getuid(), js_getuid());
	CHECK_EQ(js_getuid(), 7);
	/* A window that ends before its next call is spent too. */
	js_fault_clear();
	CHECK_EQ(js_fault_parse("getppid:EIO:1..2+5"), 0);
	CHECK_STR(pattern(1), "x");
	n = js__fault_env(env, sizeof env);
	CHECK_STR(env, "LIBJS_FAULT=");
	CHECK_EQ(n, 12);
	/* No room: nothing. */
	CHECK_EQ(js__fault_env(env, 8), 0);
	js_fault_clear();
}

static long thread_seen[3];

static int thread_main(void *arg)
{
	long *seen = arg;

	for (int i = 0; i < 3; i++)
		seen[i] = js_getppid();
	return 0;
}

/* A thread counts its own calls; the main thread's count goes on. */
static void t_per_thread(void)
{
	struct js_thread t;

	js_fault_clear();
	CHECK_EQ(js_fault_parse("getppid:EIO:2"), 0);
	CHECK_STR(pattern(1), ".");
	CHECK_EQ(js_thread_create(&t, thread_main, thread_seen, 0), 0);
	CHECK_EQ(js_thread_join(&t, 0), 0);
	CHECK(thread_seen[0] > 0);
	CHECK_EQ(thread_seen[1], -JS_EIO);
	CHECK(thread_seen[2] > 0);
	CHECK_STR(pattern(2), "x.");
	js_fault_clear();
}

/* A forked child starts from the rules; the parent's count goes on. */
static void t_fork_fresh(void)
{
	long pid;
	int st = -1;

	js_fault_clear();
	CHECK_EQ(js_fault_parse("getppid:EIO:2"), 0);
	CHECK_STR(pattern(1), ".");
	pid = js_fork();
	if (pid == 0)
		js_exit_group(jt_streq(pattern(3), ".x.") ? 0 : 1);
	CHECK(pid > 0);
	CHECK_EQ(js_wait4((int)pid, &st, 0, 0), pid);
	CHECK_EQ(st, 0);
	CHECK_STR(pattern(2), "x.");
	js_fault_clear();
}

JT_MAIN(T(t_when_forms), T(t_when_refused), T(t_env_carries_counts),
	T(t_per_thread), T(t_fork_fresh))
