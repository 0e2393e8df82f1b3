/* The program tests/sh/test_vdso_strace.sh runs under strace.  Written
 * against libjs alone so that it builds both freestanding (libjs-cc) and
 * next to glibc (cc ... libjs.a); main records its envp either way.
 *   vdso_calls clock N    N js_clock_gettime(CLOCK_MONOTONIC), checked
 *                         monotonic and bracketed by two system calls
 *   vdso_calls raw N      N clock_gettime system calls (the control)
 *   vdso_calls random N   a marker write, one js_getrandom(16), a second
 *                         marker, then N more
 *   vdso_calls getcpu N   pinned to its CPU, N js_getcpu, each checked
 *                         against one getcpu system call made first
 *   vdso_calls sym 0      js_vdso_sym: the clock_gettime, getcpu and time
 *                         symbols found, unknown names and versions not
 * Prints "ok" or what went wrong. */
#include <libjs/libjs.h>

static long ns(const struct js_timespec *t)
{
	return t->tv_sec * 1000000000L + t->tv_nsec;
}

static long num(const char *s)
{
	long v = 0;

	while (*s >= '0' && *s <= '9')
		v = v * 10 + (*s++ - '0');
	return v;
}

static int say(const char *s)
{
	js_write_str(1, s);
	return 1;
}

static int eq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

int main(int argc, char **argv, char **envp)
{
	struct js_timespec first, prev, t, last;
	unsigned char buf[16];
	long i, n;

	js_env_init(envp);
	if (argc != 3)
		return say("usage: vdso_calls clock|raw|random N\n");
	n = num(argv[2]);
	if (eq(argv[1], "clock")) {
		js_syscall(JS_NR_clock_gettime, JS_CLOCK_MONOTONIC, &first);
		prev = first;
		for (i = 0; i < n; i++) {
			if (js_clock_gettime(JS_CLOCK_MONOTONIC, &t) != 0)
				return say("clock_gettime failed\n");
			if (ns(&t) < ns(&prev))
				return say("went backwards\n");
			prev = t;
		}
		js_syscall(JS_NR_clock_gettime, JS_CLOCK_MONOTONIC, &last);
		if (ns(&prev) > ns(&last) || ns(&first) > ns(&prev))
			return say("outside the system call's readings\n");
	} else if (eq(argv[1], "raw")) {
		for (i = 0; i < n; i++)
			js_syscall(JS_NR_clock_gettime, JS_CLOCK_MONOTONIC, &t);
	} else if (eq(argv[1], "random")) {
		js_write_str(1, "first\n");
		if (js_getrandom(buf, sizeof buf, 0) != 16)
			return say("getrandom failed\n");
		js_write_str(1, "rest\n");
		for (i = 0; i < n; i++)
			if (js_getrandom(buf, sizeof buf, 0) != 16)
				return say("getrandom failed\n");
	} else if (eq(argv[1], "getcpu")) {
		js_cpu_set_t one;
		unsigned int kc, kn, c, nd;

		js_syscall(JS_NR_getcpu, &kc, &kn, 0);
		JS_CPU_ZERO(&one);
		JS_CPU_SET(kc, &one);
		if (js_sched_setaffinity(0, sizeof one, &one) != 0)
			return say("sched_setaffinity failed\n");
		js_syscall(JS_NR_getcpu, &kc, &kn, 0);
		for (i = 0; i < n; i++)
			if (js_getcpu(&c, &nd, 0) != 0 || c != kc || nd != kn)
				return say("getcpu disagrees with the system call\n");
	} else if (eq(argv[1], "sym")) {
		if (!js_vdso_sym(JS_VDSO_SYM_CLOCK_GETTIME, JS_VDSO_VERSION) ||
		    !js_vdso_sym(JS_VDSO_SYM_CLOCK_GETTIME, 0) ||
		    !js_vdso_sym(JS_VDSO_SYM_GETTIMEOFDAY, JS_VDSO_VERSION))
			return say("a known symbol not found\n");
		if (js_vdso_sym("__vdso_nothing", 0) ||
		    js_vdso_sym(JS_VDSO_SYM_CLOCK_GETTIME, "LINUX_0.0") ||
		    js_vdso_sym("", JS_VDSO_VERSION))
			return say("an unknown symbol found\n");
	} else {
		return say("unknown mode\n");
	}
	say("ok\n");
	return 0;
}
