/* make bench's vDSO rows (bench/vdso.sh): one source for every contender.
 *   vdso_loop MODE N [time]
 * MODE: clock (clock_gettime(CLOCK_MONOTONIC)), random (getrandom of 16
 * bytes), clockraw / randomraw (the same as plain system calls).  N calls;
 * with `time`, the loop runs 7 times and the fastest is printed as
 * nanoseconds per call (timed with two raw clock_gettime system calls
 * around each round, which N calls dwarf).  Instructions per call come
 * from callgrind: (Ir at 2N - Ir at N) / N, the loop included.
 * LIBJS builds against libjs (libjs-cc, or next to glibc with libjs.a);
 * otherwise a libc's own calls (glibc or musl, static). */
#ifdef LIBJS
#include <libjs/libjs.h>
typedef struct js_timespec b_ts;
#define b_clock(t)     js_clock_gettime(JS_CLOCK_MONOTONIC, t)
#define b_clockraw(t)  js_syscall2(JS_NR_clock_gettime, JS_CLOCK_MONOTONIC, (long)(t))
#define b_random(p)    js_getrandom(p, 16, 0)
#define b_randomraw(p) js_syscall3(JS_NR_getrandom, (long)(p), 16, 0)
#define b_out(s, n)    js_write(1, s, n)
#else
#define _GNU_SOURCE
#include <sys/random.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
typedef struct timespec b_ts;
#define b_clock(t)     clock_gettime(CLOCK_MONOTONIC, t)
#define b_clockraw(t)  syscall(SYS_clock_gettime, CLOCK_MONOTONIC, t)
#define b_random(p)    getrandom(p, 16, 0)
#define b_randomraw(p) syscall(SYS_getrandom, p, 16, 0)
#define b_out(s, n)    write(1, s, n)
#endif

static long num(const char *s)
{
	long n = 0;

	while (s && *s >= '0' && *s <= '9')
		n = n * 10 + (*s++ - '0');
	return n;
}

static long ns(const b_ts *t)
{
	return (long)t->tv_sec * 1000000000L + t->tv_nsec;
}

static int eq(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

static void run(int mode, long n)
{
	b_ts t;
	unsigned char buf[16];
	long i;

	for (i = 0; i < n; i++) {
		switch (mode) {
		case 0: b_clock(&t); break;
		case 1: b_clockraw(&t); break;
		case 2: b_random(buf); break;
		default: b_randomraw(buf); break;
		}
		__asm__ volatile("" ::: "memory");
	}
}

int main(int argc, char **argv, char **envp)
{
	const char *m = argc > 1 ? argv[1] : "";
	int mode = eq(m, "clock") ? 0 : eq(m, "clockraw") ? 1 :
		   eq(m, "random") ? 2 : 3;
	long n = num(argc > 2 ? argv[2] : 0), best = -1, r;
	char out[32];
	int k = sizeof out;

#ifdef LIBJS
	js_env_init(envp);	/* a no-op freestanding; needed next to glibc */
#else
	(void)envp;
#endif
	if (argc < 4) {
		run(mode, n);
		return 0;
	}
	for (r = 0; r < 7; r++) {
		b_ts a, b;
		long d;

		b_clockraw(&a);
		run(mode, n);
		b_clockraw(&b);
		d = ns(&b) - ns(&a);
		if (best < 0 || d < best)
			best = d;
	}
	/* best / n with two decimals, without printf. */
	best = best * 100 / (n ? n : 1);
	out[--k] = '\n';
	do {
		out[--k] = (char)('0' + best % 10);
		best /= 10;
		if (k == (int)sizeof out - 3)
			out[--k] = '.';
	} while (best || k > (int)sizeof out - 5);
	b_out(out + k, sizeof out - k);
	return 0;
}
