/* Identity, limits, system information and time against glibc. */
#include <grp.h>
#include <sched.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>
#include "host.h"
#include <libjs/libjs.h>

static int child_ok(long pid)
{
	int st = -1;

	return pid > 0 && js_wait4((int)pid, &st, 0, 0) == pid && st == 0;
}

static void resuid_resgid_match_glibc(void **state)
{
	(void)state;
	unsigned int r, e, s;
	uid_t gr, ge, gs;

	assert_int_equal(js_getresuid(&r, &e, &s), 0);
	assert_int_equal(getresuid(&gr, &ge, &gs), 0);
	assert_true(r == gr && e == ge && s == gs);
	assert_int_equal(js_getresgid(&r, &e, &s), 0);
	assert_int_equal(getresgid(&gr, &ge, &gs), 0);
	assert_true(r == gr && e == ge && s == gs);
	assert_int_equal(js_getresuid(0, &e, &s), -JS_EFAULT);
}

/* Dropping privileges (root only, in a child). */
static void setuid_family_in_child(void **state)
{
	(void)state;
	if (js_geteuid() != 0) {
		/* unprivileged: changing to another uid is refused */
		assert_int_equal(js_setuid(js_getuid() + 1), -JS_EPERM);
		return;
	}
	long pid = js_fork();
	if (pid == 0) {
		unsigned int r, e, s, groups[4] = { 0 };
		int ok = js_setgroups(2, (unsigned int[]){ 100, 200 }) == 0 &&
			 js_getgroups(0, 0) == 2 &&
			 js_getgroups(4, groups) == 2 && groups[0] == 100 &&
			 groups[1] == 200 && js_getgroups(1, groups) == -JS_EINVAL &&
			 js_setresgid(300, 301, 302) == 0 &&
			 js_getresgid(&r, &e, &s) == 0 && r == 300 && e == 301 && s == 302 &&
			 js_setgid(300) == 0 && js_getgid() == 300 &&
			 js_setresuid(1000, 1001, 1002) == 0 &&
			 js_getresuid(&r, &e, &s) == 0 && r == 1000 && e == 1001 && s == 1002 &&
			 js_setuid(1000) == 0 && js_geteuid() == 1000 &&
			 /* privileges are gone for good */
			 js_setuid(0) == -JS_EPERM && js_setgroups(0, 0) == -JS_EPERM;
		js_exit_group(ok ? 0 : 1);
	}
	assert_true(child_ok(pid));
	assert_int_equal(js_getgroups(0, 0), getgroups(0, 0));
}

static void umask_round_trip(void **state)
{
	(void)state;
	mode_t old = umask(022);
	assert_int_equal(js_umask(077), 022);
	assert_int_equal(js_umask(old), 077);
	assert_int_equal(umask(old), old);
}

static void rlimits(void **state)
{
	(void)state;
	struct js_rlimit rl, old;
	struct rlimit g;

	assert_int_equal(js_getrlimit(JS_RLIMIT_NOFILE, &rl), 0);
	assert_int_equal(getrlimit(RLIMIT_NOFILE, &g), 0);
	assert_true(rl.rlim_cur == g.rlim_cur && rl.rlim_max == g.rlim_max);
	assert_int_equal(js_getrlimit(JS_RLIMIT_STACK, &rl), 0);
	assert_int_equal(getrlimit(RLIMIT_STACK, &g), 0);
	assert_true(rl.rlim_cur == g.rlim_cur);
	assert_int_equal(js_getrlimit(99, &rl), -JS_EINVAL);

	long pid = js_fork();
	if (pid == 0) {
		struct js_rlimit low = { 16, 16 }, now;
		int ok = js_setrlimit(JS_RLIMIT_NOFILE, &low) == 0 &&
			 js_getrlimit(JS_RLIMIT_NOFILE, &now) == 0 &&
			 now.rlim_cur == 16 && js_dup2(0, 20) == -JS_EBADF;
		struct timespec t = { 10, 0 };
		nanosleep(&t, 0);
		js_exit_group(ok ? 0 : 1);
	}
	/* prlimit64 on another process: read it, then set its core limit */
	struct timespec t = { 0, 100 * 1000 * 1000 };
	nanosleep(&t, 0);
	struct js_rlimit core = { 0, 0 };
	assert_int_equal(js_prlimit64((int)pid, JS_RLIMIT_CORE, &core, &old), 0);
	assert_int_equal(js_prlimit64((int)pid, JS_RLIMIT_CORE, 0, &rl), 0);
	assert_true(rl.rlim_cur == 0 && rl.rlim_max == 0);
	assert_int_equal(js_kill((int)pid, JS_SIGKILL), 0);
	int st;
	assert_int_equal(js_wait4((int)pid, &st, 0, 0), pid);
	assert_int_equal(js_prlimit64((int)pid, JS_RLIMIT_CORE, 0, &rl), -JS_ESRCH);
}

static void getrusage_self_and_children(void **state)
{
	(void)state;
	struct js_rusage ru;
	struct rusage g;

	assert_int_equal(js_getrusage(JS_RUSAGE_SELF, &ru), 0);
	assert_int_equal(getrusage(RUSAGE_SELF, &g), 0);
	assert_true(ru.ru_maxrss > 0 && ru.ru_maxrss <= g.ru_maxrss);
	assert_true(ru.ru_minflt > 0);
	assert_int_equal(js_getrusage(JS_RUSAGE_CHILDREN, &ru), 0);
	assert_int_equal(js_getrusage(JS_RUSAGE_THREAD, &ru), 0);
	assert_int_equal(js_getrusage(5, &ru), -JS_EINVAL);
}

static void prctl_name(void **state)
{
	(void)state;
	char old[16], now[16];

	assert_int_equal(js_prctl(JS_PR_GET_NAME, (unsigned long)old, 0, 0, 0), 0);
	assert_int_equal(js_prctl(JS_PR_SET_NAME, (unsigned long)"libjs-prctl", 0, 0, 0), 0);
	assert_int_equal(prctl(PR_GET_NAME, now), 0);
	assert_string_equal(now, "libjs-prctl");
	assert_int_equal(js_prctl(JS_PR_SET_NAME, (unsigned long)old, 0, 0, 0), 0);
	assert_int_equal(js_prctl(JS_PR_GET_DUMPABLE, 0, 0, 0, 0), prctl(PR_GET_DUMPABLE));
	assert_int_equal(js_prctl(-1, 0, 0, 0, 0), -JS_EINVAL);
}

static void uname_matches_glibc(void **state)
{
	(void)state;
	struct js_utsname u;
	struct utsname g;

	assert_int_equal(js_uname(&u), 0);
	assert_int_equal(uname(&g), 0);
	assert_string_equal(u.sysname, g.sysname);
	assert_string_equal(u.nodename, g.nodename);
	assert_string_equal(u.release, g.release);
	assert_string_equal(u.version, g.version);
	assert_string_equal(u.machine, g.machine);
	assert_string_equal(u.domainname, g.domainname);
	assert_int_equal(js_uname(0), -JS_EFAULT);
	if (js_geteuid() != 0)
		assert_int_equal(js_sethostname("x", 1), -JS_EPERM);
}

static void getrandom_fills(void **state)
{
	(void)state;
	unsigned char a[64], b[64];

	memset(a, 0, sizeof a);
	memset(b, 0, sizeof b);
	assert_int_equal(js_getrandom(a, sizeof a, 0), 64);
	assert_int_equal(js_getrandom(b, sizeof b, JS_GRND_NONBLOCK), 64);
	assert_memory_not_equal(a, b, sizeof a);
	assert_int_equal(js_getrandom(a, 0, 0), 0);
	assert_int_equal(js_getrandom(a, 8, 0x80), -JS_EINVAL);
	assert_int_equal(js_getrandom(0, 8, 0), -JS_EFAULT);
}

static void affinity_and_yield(void **state)
{
	(void)state;
	js_cpu_set_t m;
	cpu_set_t g;

	assert_int_equal(js_sched_yield(), 0);
	/* the kernel writes only the bytes of its own mask size */
	JS_CPU_ZERO(&m);
	long n = js_sched_getaffinity(0, sizeof m, &m);
	assert_true(n > 0 && n <= (long)sizeof m);
	assert_int_equal(sched_getaffinity(0, sizeof g, &g), 0);
	int count = 0;
	for (int c = 0; c < 1024; c++)
		count += (int)JS_CPU_ISSET(c, &m);
	assert_int_equal(count, CPU_COUNT(&g));
	assert_int_equal(js_sched_setaffinity(0, sizeof m, &m), 0);
	JS_CPU_ZERO(&m);
	assert_int_equal(js_sched_setaffinity(0, sizeof m, &m), -JS_EINVAL);
	JS_CPU_SET(0, &m);
	assert_int_equal(JS_CPU_ISSET(0, &m), 1);
	assert_int_equal(js_sched_getaffinity(0, 1, &m), -JS_EINVAL);
}

static void sync_syncfs_ioctl(void **state)
{
	(void)state;
	int fds[2], n = -1;

	assert_int_equal(js_sync(), 0);
	assert_int_equal(pipe(fds), 0);
	assert_int_equal(write(fds[1], "abc", 3), 3);
	assert_int_equal(js_ioctl(fds[0], FIONREAD, &n), 0);
	assert_int_equal(n, 3);
	assert_int_equal(js_ioctl(fds[0], 0x12345678, &n), -JS_ENOTTY);
	assert_int_equal(js_ioctl(-1, FIONREAD, &n), -JS_EBADF);
	close(fds[0]);
	close(fds[1]);
	long fd = js_open(".", JS_O_RDONLY | JS_O_DIRECTORY);
	assert_true(fd >= 0);
	assert_int_equal(js_syncfs((int)fd), 0);
	js_close((int)fd);
	assert_int_equal(js_syncfs(-1), -JS_EBADF);
}

static long ns_of(struct js_timespec t)
{
	return t.tv_sec * 1000000000L + t.tv_nsec;
}

static void clocks_match_glibc(void **state)
{
	(void)state;
	struct js_timespec a, res;
	struct timespec g, gres;

	assert_int_equal(clock_gettime(CLOCK_MONOTONIC, &g), 0);
	assert_int_equal(js_clock_gettime(JS_CLOCK_MONOTONIC, &a), 0);
	long d = ns_of(a) - (g.tv_sec * 1000000000L + g.tv_nsec);
	assert_true(d >= 0 && d < 1000000000L);
	assert_int_equal(js_clock_gettime(JS_CLOCK_REALTIME, &a), 0);
	assert_true(a.tv_sec - time(0) <= 1 && time(0) - a.tv_sec <= 1);
	assert_int_equal(js_clock_gettime(JS_CLOCK_BOOTTIME, &a), 0);
	assert_int_equal(js_clock_gettime(JS_CLOCK_PROCESS_CPUTIME_ID, &a), 0);
	assert_int_equal(js_clock_getres(JS_CLOCK_MONOTONIC, &res), 0);
	assert_int_equal(clock_getres(CLOCK_MONOTONIC, &gres), 0);
	assert_true(res.tv_sec == gres.tv_sec && res.tv_nsec == gres.tv_nsec);
	assert_int_equal(js_clock_gettime(12345, &a), -JS_EINVAL);
	assert_int_equal(js_clock_getres(12345, &res), -JS_EINVAL);
	assert_int_equal(js_clock_gettime(JS_CLOCK_MONOTONIC, 0), -JS_EFAULT);
}

static void time_and_gettimeofday(void **state)
{
	(void)state;
	long t = 0, r = js_time(&t);
	struct js_timeval tv;
	struct js_timezone tz;

	assert_true(r > 1700000000L);
	assert_int_equal(r, t);
	assert_true(js_time(0) - time(0) <= 1);
	assert_int_equal(js_gettimeofday(&tv, &tz), 0);
	assert_true(tv.tv_sec - r <= 1 && tv.tv_usec >= 0 && tv.tv_usec < 1000000);
	assert_int_equal(js_gettimeofday(0, 0), 0);
}

static void sleeping(void **state)
{
	(void)state;
	struct js_timespec t0, t1, req = { 0, 5 * 1000 * 1000 }, rem;

	js_clock_gettime(JS_CLOCK_MONOTONIC, &t0);
	assert_int_equal(js_nanosleep(&req, &rem), 0);
	js_clock_gettime(JS_CLOCK_MONOTONIC, &t1);
	assert_true(ns_of(t1) - ns_of(t0) >= 5 * 1000 * 1000);
	/* absolute: until 5 ms from now */
	struct js_timespec until = t1;
	until.tv_nsec += 5 * 1000 * 1000;
	if (until.tv_nsec >= 1000000000L) {
		until.tv_sec++;
		until.tv_nsec -= 1000000000L;
	}
	assert_int_equal(js_clock_nanosleep(JS_CLOCK_MONOTONIC, JS_TIMER_ABSTIME, &until, 0), 0);
	js_clock_gettime(JS_CLOCK_MONOTONIC, &t0);
	assert_true(ns_of(t0) >= ns_of(until));
	assert_int_equal(js_clock_nanosleep(JS_CLOCK_MONOTONIC, 0, &req, 0), 0);
	struct js_timespec bad = { 0, 1000000000L };
	assert_int_equal(js_nanosleep(&bad, 0), -JS_EINVAL);
	assert_int_equal(js_clock_nanosleep(JS_CLOCK_MONOTONIC, 0, &bad, 0), -JS_EINVAL);
	assert_int_equal(js_clock_nanosleep(JS_CLOCK_THREAD_CPUTIME_ID, 0, &req, 0), -JS_EOPNOTSUPP);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(resuid_resgid_match_glibc),
		cmocka_unit_test(setuid_family_in_child),
		cmocka_unit_test(umask_round_trip),
		cmocka_unit_test(rlimits),
		cmocka_unit_test(getrusage_self_and_children),
		cmocka_unit_test(prctl_name),
		cmocka_unit_test(uname_matches_glibc),
		cmocka_unit_test(getrandom_fills),
		cmocka_unit_test(affinity_and_yield),
		cmocka_unit_test(sync_syncfs_ioctl),
		cmocka_unit_test(clocks_match_glibc),
		cmocka_unit_test(time_and_gettimeofday),
		cmocka_unit_test(sleeping),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
