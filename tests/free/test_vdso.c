/* The vDSO with no libc (docs/vdso.md), on every architecture: natively
 * the calls go through the kernel's vDSO; under qemu-user, which maps
 * none, js_vdso_sym finds nothing and every call is the system call.
 * Either way each result agrees with the raw system call's (js_syscall),
 * made just before and after. */
#include "runner.h"

static long ns(const struct js_timespec *t)
{
	return t->tv_sec * 1000000000L + t->tv_nsec;
}

static void t_sym(void)
{
	static const char *const have[] = {
		JS_VDSO_SYM_CLOCK_GETTIME, JS_VDSO_SYM_CLOCK_GETRES,
		JS_VDSO_SYM_GETTIMEOFDAY,
	};
	int vdso = js_getauxval(JS_AT_SYSINFO_EHDR) != 0;
	unsigned i;

	jt_puts(vdso ? "vDSO mapped: the vDSO path\n" :
		       "no vDSO: the system-call path\n");
	for (i = 0; i < sizeof have / sizeof have[0]; i++) {
		CHECK_EQ(js_vdso_sym(have[i], JS_VDSO_VERSION) != 0, vdso);
		CHECK_EQ(js_vdso_sym(have[i], 0) != 0, vdso);
		CHECK(js_vdso_sym(have[i], "LINUX_0.1") == 0);
	}
	CHECK(js_vdso_sym("__vdso_no_such_call", 0) == 0);
	CHECK(js_vdso_sym("__kernel_no_such_call", JS_VDSO_VERSION) == 0);
	CHECK(js_vdso_sym(0, 0) == 0);
}

static void t_clock_gettime(void)
{
	static const int clocks[] = { 0, 1, 4, 5, 6, 7, 11 };
	unsigned i;
	int k;

	for (i = 0; i < sizeof clocks / sizeof clocks[0]; i++)
		for (k = 0; k < 100; k++) {
			struct js_timespec a, j, b;

			CHECK_EQ(js_syscall(JS_NR_clock_gettime, clocks[i], &a), 0);
			CHECK_EQ(js_clock_gettime(clocks[i], &j), 0);
			CHECK_EQ(js_syscall(JS_NR_clock_gettime, clocks[i], &b), 0);
			CHECK(ns(&a) <= ns(&j) && ns(&j) <= ns(&b));
		}
	{
		struct js_timespec t;

		CHECK_EQ(js_clock_gettime(JS_CLOCK_PROCESS_CPUTIME_ID, &t), 0);
		CHECK_EQ(js_clock_gettime(12345, &t), -JS_EINVAL);
		CHECK_EQ(js_clock_gettime(JS_CLOCK_MONOTONIC, 0), -JS_EFAULT);
	}
}

static void t_clock_getres(void)
{
	int c;

	for (c = -1; c < 16; c++) {
		struct js_timespec a = { -1, -1 }, j = { -2, -2 };
		long ra = js_syscall(JS_NR_clock_getres, c, &a);

		CHECK_EQ(js_clock_getres(c, &j), ra);
		if (ra == 0)
			CHECK(a.tv_sec == j.tv_sec && a.tv_nsec == j.tv_nsec);
	}
	CHECK_EQ(js_clock_getres(JS_CLOCK_MONOTONIC, 0), 0);
}

static void t_gettimeofday_time(void)
{
	int k;

	for (k = 0; k < 100; k++) {
		struct js_timeval a, j, b;
		struct js_timespec s0, s1;
		long t = 0, r;

		CHECK_EQ(js_syscall(JS_NR_gettimeofday, &a, 0), 0);
		CHECK_EQ(js_gettimeofday(&j, 0), 0);
		CHECK_EQ(js_syscall(JS_NR_gettimeofday, &b, 0), 0);
		CHECK(a.tv_sec * 1000000L + a.tv_usec <= j.tv_sec * 1000000L + j.tv_usec);
		CHECK(j.tv_sec * 1000000L + j.tv_usec <= b.tv_sec * 1000000L + b.tv_usec);
		js_syscall(JS_NR_clock_gettime, JS_CLOCK_REALTIME, &s0);
		r = js_time(&t);
		js_syscall(JS_NR_clock_gettime, JS_CLOCK_REALTIME, &s1);
		CHECK_EQ(r, t);
		CHECK(s0.tv_sec <= r && r <= s1.tv_sec);
	}
	CHECK_EQ(js_gettimeofday(0, 0), 0);
}

/* Pinned to the CPU it is on, the call and the system call agree. */
static void t_getcpu(void)
{
	js_cpu_set_t old, one;
	unsigned int cpu = ~0u, node = ~0u, kc = ~1u, kn = ~1u;

	CHECK(js_sched_getaffinity(0, sizeof old, &old) > 0);
	CHECK_EQ(js_syscall(JS_NR_getcpu, &kc, &kn, 0), 0);
	JS_CPU_ZERO(&one);
	JS_CPU_SET(kc, &one);
	CHECK_EQ(js_sched_setaffinity(0, sizeof one, &one), 0);
	CHECK_EQ(js_syscall(JS_NR_getcpu, &kc, &kn, 0), 0);
	CHECK_EQ(js_getcpu(&cpu, &node, 0), 0);
	CHECK_EQ(cpu, kc);
	CHECK_EQ(node, kn);
	CHECK_EQ(js_getcpu(0, 0, 0), 0);
	CHECK_EQ(js_sched_setaffinity(0, sizeof old, &old), 0);
}

JT_MAIN(T(t_sym), T(t_clock_gettime), T(t_clock_getres),
	T(t_gettimeofday_time), T(t_getcpu))
