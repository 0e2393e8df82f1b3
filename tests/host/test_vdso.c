/* The vDSO reader and the time calls through it, next to glibc: glibc's
 * dynamic linker has loaded the same vDSO (dlvsym on linux-vdso.so.1 is
 * the oracle for js_vdso_sym), and glibc's clock_gettime, gettimeofday,
 * time and getcpu, which use that vDSO too, are the oracle for values.
 * main passes its envp to js_env_init first, as a program next to glibc
 * must for libjs to find the vDSO at all. */
#include <dlfcn.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include "host.h"
#include <libjs/libjs.h>

void *js__vdso_sym_in(const void *ehdr, const char *name, const char *version,
		      int sysv);

static long ns(long s, long n)
{
	return s * 1000000000L + n;
}

static void sym_matches_dynamic_linker(void **state)
{
	(void)state;
	static const char *const names[] = {
		JS_VDSO_SYM_CLOCK_GETTIME, JS_VDSO_SYM_CLOCK_GETRES,
		JS_VDSO_SYM_GETTIMEOFDAY, JS_VDSO_SYM_TIME, JS_VDSO_SYM_GETCPU,
	};
	void *h = dlopen("linux-vdso.so.1", RTLD_LAZY | RTLD_NOLOAD);

	assert_non_null(h);
	assert_int_equal(getauxval(AT_SYSINFO_EHDR),
			 js_getauxval(JS_AT_SYSINFO_EHDR));
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		void *want = dlvsym(h, names[i], JS_VDSO_VERSION);

		assert_non_null(want);
		assert_ptr_equal(js_vdso_sym(names[i], JS_VDSO_VERSION), want);
		/* Any version, and the SysV hash table, find the same. */
		assert_ptr_equal(js_vdso_sym(names[i], NULL), want);
		assert_ptr_equal(js__vdso_sym_in((void *)getauxval(AT_SYSINFO_EHDR),
						 names[i], JS_VDSO_VERSION, 1),
				 want);
	}
	dlclose(h);
}

static void sym_unknown_is_null(void **state)
{
	(void)state;
	void *ehdr = (void *)getauxval(AT_SYSINFO_EHDR);

	for (int sysv = 0; sysv < 2; sysv++) {
		assert_null(js__vdso_sym_in(ehdr, "__vdso_nope", NULL, sysv));
		assert_null(js__vdso_sym_in(ehdr, "__vdso_clock_gettim", NULL, sysv));
		assert_null(js__vdso_sym_in(ehdr, "", NULL, sysv));
		assert_null(js__vdso_sym_in(ehdr, JS_VDSO_SYM_CLOCK_GETTIME,
					    "LINUX_9.9", sysv));
		assert_null(js__vdso_sym_in(ehdr, JS_VDSO_SYM_CLOCK_GETTIME,
					    "linux-vdso.so.1", sysv));
		/* A version's own name is an absolute symbol, not code. */
		assert_null(js__vdso_sym_in(ehdr, JS_VDSO_VERSION, NULL, sysv));
	}
	assert_null(js_vdso_sym(NULL, NULL));
	assert_null(js__vdso_sym_in(NULL, JS_VDSO_SYM_CLOCK_GETTIME, NULL, 0));
	/* Not an ELF image: the first bytes of this function's name. */
	assert_null(js__vdso_sym_in("not an ELF image at all, not one",
				    JS_VDSO_SYM_CLOCK_GETTIME, NULL, 0));
}

/* Every clock the vDSO reads lies between two glibc readings of it; the
 * others (answered by the system call) still agree with glibc's. */
static void clock_gettime_between_glibc(void **state)
{
	(void)state;
	static const int clocks[] = {
		JS_CLOCK_REALTIME, JS_CLOCK_MONOTONIC, JS_CLOCK_MONOTONIC_RAW,
		JS_CLOCK_REALTIME_COARSE, JS_CLOCK_MONOTONIC_COARSE,
		JS_CLOCK_BOOTTIME, JS_CLOCK_TAI,
	};

	for (size_t i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
		for (int k = 0; k < 1000; k++) {
			struct timespec a, b;
			struct js_timespec j;

			assert_int_equal(clock_gettime(clocks[i], &a), 0);
			assert_int_equal(js_clock_gettime(clocks[i], &j), 0);
			assert_int_equal(clock_gettime(clocks[i], &b), 0);
			assert_true(ns(a.tv_sec, a.tv_nsec) <= ns(j.tv_sec, j.tv_nsec));
			assert_true(ns(j.tv_sec, j.tv_nsec) <= ns(b.tv_sec, b.tv_nsec));
		}
	}
	struct js_timespec j;

	assert_int_equal(js_clock_gettime(JS_CLOCK_PROCESS_CPUTIME_ID, &j), 0);
	assert_int_equal(js_clock_gettime(JS_CLOCK_THREAD_CPUTIME_ID, &j), 0);
	assert_int_equal(js_clock_gettime(12345, &j), -JS_EINVAL);
	assert_int_equal(js_clock_gettime(-1, &j), -JS_EINVAL);
	/* NULL goes to the kernel rather than through the vDSO. */
	assert_int_equal(js_clock_gettime(JS_CLOCK_MONOTONIC, NULL), -JS_EFAULT);
}

static void clock_getres_matches_glibc(void **state)
{
	(void)state;
	for (int c = -1; c < 16; c++) {
		struct timespec g;
		struct js_timespec j;
		int gr = clock_getres(c, &g);
		long jr = js_clock_getres(c, &j);

		assert_int_equal(jr, gr == 0 ? 0 : -JS_EINVAL);
		if (gr == 0) {
			assert_int_equal(j.tv_sec, g.tv_sec);
			assert_int_equal(j.tv_nsec, g.tv_nsec);
		}
	}
	assert_int_equal(js_clock_getres(JS_CLOCK_MONOTONIC, NULL), 0);
}

static void gettimeofday_and_time_between_glibc(void **state)
{
	(void)state;
	for (int k = 0; k < 1000; k++) {
		struct timeval a, b;
		struct js_timeval j;
		struct js_timezone tz;

		gettimeofday(&a, NULL);
		assert_int_equal(js_gettimeofday(&j, &tz), 0);
		gettimeofday(&b, NULL);
		assert_true(a.tv_sec * 1000000L + a.tv_usec <= j.tv_sec * 1000000L + j.tv_usec);
		assert_true(j.tv_sec * 1000000L + j.tv_usec <= b.tv_sec * 1000000L + b.tv_usec);

		long t0 = time(NULL), t = 0, r = js_time(&t), t1 = time(NULL);

		assert_int_equal(r, t);
		assert_true(t0 <= r && r <= t1);
	}
	assert_int_equal(js_gettimeofday(NULL, NULL), 0);
	assert_true(js_time(NULL) > 1700000000L);
}

/* Pinned to one CPU, the vDSO, glibc and the system call all name it. */
static void getcpu_matches_glibc_and_syscall(void **state)
{
	(void)state;
	cpu_set_t old, one;
	unsigned int cpu = ~0u, node = ~0u, kcpu = ~1u, knode = ~1u;

	assert_int_equal(sched_getaffinity(0, sizeof old, &old), 0);
	CPU_ZERO(&one);
	CPU_SET(sched_getcpu(), &one);
	assert_int_equal(sched_setaffinity(0, sizeof one, &one), 0);
	assert_int_equal(js_getcpu(&cpu, &node, NULL), 0);
	assert_int_equal(syscall(SYS_getcpu, &kcpu, &knode, NULL), 0);
	assert_int_equal(cpu, kcpu);
	assert_int_equal(node, knode);
	assert_int_equal((int)cpu, sched_getcpu());
	assert_int_equal(js_getcpu(NULL, NULL, NULL), 0);
	assert_int_equal(js_getcpu(&cpu, NULL, NULL), 0);
	assert_int_equal(cpu, kcpu);
	assert_int_equal(sched_setaffinity(0, sizeof old, &old), 0);
}

/* The trace marks what the vDSO answered, and only that. */
static void trace_marks_vdso_calls(void **state)
{
	(void)state;
	int fds[2];
	char buf[4096];
	struct js_timespec t;
	unsigned int cpu;

	assert_int_equal(pipe(fds), 0);
	js_trace_set(1, fds[1]);
	js_clock_gettime(JS_CLOCK_MONOTONIC, &t);
	js_clock_gettime(JS_CLOCK_PROCESS_CPUTIME_ID, &t);
	js_clock_getres(JS_CLOCK_REALTIME, &t);
	js_time(NULL);
	js_getcpu(&cpu, NULL, NULL);
	js_gettimeofday(NULL, NULL);
	/* Fault injection applies to vDSO calls as to any other. */
	assert_int_equal(js_fault_set(JS_NR_clock_gettime, JS_EPERM, 0), 0);
	assert_int_equal(js_clock_gettime(JS_CLOCK_MONOTONIC, &t), -JS_EPERM);
	js_fault_clear();
	js_trace_set(0, 2);
	close(fds[1]);
	ssize_t n = read(fds[0], buf, sizeof buf - 1);
	close(fds[0]);
	assert_true(n > 0);
	buf[n] = 0;
	/* the times the calls wrote, as strace shows them */
	assert_non_null(strstr(buf, "clock_gettime(CLOCK_MONOTONIC, {tv_sec="));
	assert_non_null(strstr(buf, "}) = 0 (vdso)\nlibjs:syscall clock_gettime(CLOCK_PROCESS_CPUTIME_ID, {tv_sec="));
	assert_non_null(strstr(buf, "}) = 0\nlibjs:syscall clock_getres(CLOCK_REALTIME, {tv_sec="));
	assert_non_null(strstr(buf, "time(NULL) = "));
	assert_non_null(strstr(buf, "getcpu(0x"));
	assert_non_null(strstr(buf, "gettimeofday(NULL, NULL) = 0 (vdso)\n"));
	assert_non_null(strstr(buf, "= -1 EPERM (Operation not permitted) (INJECTED)\n"));
	/* Six lines marked: every call but the CPU-time clock and the
	 * injected one. */
	int marks = 0;
	for (char *p = buf; (p = strstr(p, " (vdso)\n")); p++)
		marks++;
	assert_int_equal(marks, 5);
}

int main(int argc, char **argv, char **envp)
{
	(void)argc;
	(void)argv;
	js_env_init(envp);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(sym_matches_dynamic_linker),
		cmocka_unit_test(sym_unknown_is_null),
		cmocka_unit_test(clock_gettime_between_glibc),
		cmocka_unit_test(clock_getres_matches_glibc),
		cmocka_unit_test(gettimeofday_and_time_between_glibc),
		cmocka_unit_test(getcpu_matches_glibc_and_syscall),
		cmocka_unit_test(trace_marks_vdso_calls),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
