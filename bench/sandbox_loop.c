/* make bench's seccomp rows (bench/sandbox.sh).
 *   sandbox_loop K N [time]
 *   sandbox_loop K 0 steps
 * Installs a filter of the libjs builder allowing K system calls (0: no
 * filter; getppid and the loop's own calls among them, the rest spread
 * over the table), then calls getppid N times.  With `time`, the loop runs
 * 7 rounds and prints the fastest as nanoseconds per call (timed with two
 * raw clock_gettime system calls around each round; the vDSO is not used,
 * so the same filter sees them).  `steps` installs nothing: it prints how
 * many BPF instructions the K-call program runs for getppid (the
 * tests' interpreter, tests/free/bpf_run.h), the figure no wall clock on a
 * shared machine resolves. */
#include <libjs/libjs.h>
#include "../tests/free/bpf_run.h"

static long num(const char *s)
{
	long n = 0;

	while (s && *s >= '0' && *s <= '9')
		n = n * 10 + (*s++ - '0');
	return n;
}

static long now(void)
{
	struct js_timespec t;

	js_syscall2(JS_NR_clock_gettime, JS_CLOCK_MONOTONIC, (long)&t);
	return (long)t.tv_sec * 1000000000L + t.tv_nsec;
}

static long filter(long k, int install)
{
	static unsigned int nrs[400];
	static struct js_sock_filter prog[JS_SECCOMP_BUILD_MAX(400)];
	static const unsigned int need[] = {
		JS_NR_getppid, JS_NR_clock_gettime, JS_NR_write, JS_NR_exit_group,
		JS_NR_exit, JS_NR_rt_sigreturn,
	};
	size_t n = 0;
	long len;

	for (unsigned i = 0; i < sizeof need / sizeof need[0]; i++)
		nrs[n++] = need[i];
	/* Spread the others over 0..439: the search runs its full depth. */
	for (unsigned v = 0; n < (size_t)k && v < 440; v += 2)
		if (v != JS_NR_getppid)
			nrs[n++] = v;
	len = js_seccomp_build(prog, sizeof prog / sizeof prog[0], nrs, n,
			       JS_SECCOMP_RET_ALLOW, JS_SECCOMP_RET_ERRNO | JS_ENOSYS);
	if (len < 0 || (install && js_seccomp_install(prog, (size_t)len, 0) < 0))
		js_exit_group(1);
	if (!install) {
		struct js_seccomp_data d = { JS_NR_getppid, JS_AUDIT_ARCH, 0, { 0 } };
		unsigned int steps;

		bpf_run(prog, (size_t)len, &d, &steps);
		return steps;
	}
	return 0;
}

int main(int argc, char **argv)
{
	long k = num(argc > 1 ? argv[1] : 0), n = num(argc > 2 ? argv[2] : 0);
	long best = -1;

	if (argc > 3 && argv[3][0] == 's') {
		n = 1;
		best = filter(k, 0);
		goto print;
	}
	if (k > 0)
		filter(k, 1);
	if (argc < 4) {
		for (long i = 0; i < n; i++)
			js_getppid();
		return 0;
	}
	for (int r = 0; r < 7; r++) {
		long t0 = now(), t;

		for (long i = 0; i < n; i++)
			js_getppid();
		t = now() - t0;
		if (best < 0 || t < best)
			best = t;
	}
print:;
	char s[32], *p = s + sizeof s;
	long v = best * 10 / n; /* tenths of a nanosecond */

	*--p = '\n';
	*--p = (char)('0' + v % 10);
	*--p = '.';
	v /= 10;
	do
		*--p = (char)('0' + v % 10);
	while (v /= 10);
	js_write(1, p, (size_t)(s + sizeof s - p));
	return 0;
}
