/* The every-syscall issue's residual calls next to glibc: the same
 * results and the same errors as glibc's function where glibc 2.36 has one
 * (sysinfo, klogctl, vhangup, process_vm_readv/writev, pidfd_getfd,
 * process_madvise, process_mrelease; x86_64: ioperm, iopl), glibc's
 * struct sysinfo and struct rseq layouts, and glibc's own registrations
 * (its rseq area and robust list) seen through the raw calls.  Calls glibc
 * has no function for are compared with glibc's syscall(). */
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/klog.h>
#include <sys/mman.h>
#include <sys/pidfd.h>
#include <sys/rseq.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>
#include "layout.h"
#include <libjs/libjs.h>
#ifdef JS_NR_ioperm
#include <sys/io.h>
#include <asm/ldt.h>
#include <asm/prctl.h>
#endif

/* glibc's -1/errno as libjs's -errno. */
static long g(long r)
{
	return r == -1 ? -errno : r;
}

static int child_status(long pid)
{
	int st = -1;

	if (pid <= 0 || js_wait4((int)pid, &st, 0, 0) != pid)
		return -1;
	return st;
}

static void sysinfo_layout_and_values(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		LAYOUT_SIZE(js_sysinfo, sysinfo),
		LAYOUT_ALIGN(js_sysinfo, sysinfo),
		LAYOUT_FIELD(js_sysinfo, sysinfo, uptime),
		LAYOUT_FIELD(js_sysinfo, sysinfo, loads),
		LAYOUT_FIELD(js_sysinfo, sysinfo, totalram),
		LAYOUT_FIELD(js_sysinfo, sysinfo, freeram),
		LAYOUT_FIELD(js_sysinfo, sysinfo, sharedram),
		LAYOUT_FIELD(js_sysinfo, sysinfo, bufferram),
		LAYOUT_FIELD(js_sysinfo, sysinfo, totalswap),
		LAYOUT_FIELD(js_sysinfo, sysinfo, freeswap),
		LAYOUT_FIELD(js_sysinfo, sysinfo, procs),
		LAYOUT_FIELD(js_sysinfo, sysinfo, pad),
		LAYOUT_FIELD(js_sysinfo, sysinfo, totalhigh),
		LAYOUT_FIELD(js_sysinfo, sysinfo, freehigh),
		LAYOUT_FIELD(js_sysinfo, sysinfo, mem_unit),
	};
	check_rows(rows, ARRAY_LEN(rows));

	struct js_sysinfo ours;
	struct sysinfo theirs;
	assert_int_equal(js_sysinfo(&ours), 0);
	assert_int_equal(sysinfo(&theirs), 0);
	assert_int_equal(ours.totalram, theirs.totalram);
	assert_int_equal(ours.totalswap, theirs.totalswap);
	assert_int_equal(ours.mem_unit, theirs.mem_unit);
	assert_true(theirs.uptime - ours.uptime <= 1);
	assert_int_equal(js_sysinfo(0), g(sysinfo(0)));
	assert_int_equal(js_sysinfo(0), -JS_EFAULT);
}

static void syslog_as_klogctl(void **state)
{
	(void)state;
	char a[64], b[64];

	assert_int_equal(js_syslog(JS_SYSLOG_ACTION_SIZE_BUFFER, 0, 0),
			 g(klogctl(10, 0, 0)));
	assert_int_equal(js_syslog(JS_SYSLOG_ACTION_SIZE_UNREAD, 0, 0) >= 0,
			 g(klogctl(9, 0, 0)) >= 0);
	assert_int_equal(js_syslog(-1, a, 0), g(klogctl(-1, b, 0)));
	assert_int_equal(js_syslog(-1, a, 0), -JS_EINVAL);
	assert_int_equal(js_syslog(JS_SYSLOG_ACTION_READ_ALL, a, -1),
			 g(klogctl(3, b, -1)));
	assert_int_equal(js_syslog(JS_SYSLOG_ACTION_READ_ALL, 0, 10),
			 g(klogctl(3, 0, 10)));
	/* The first bytes of the log, read twice. */
	long n = js_syslog(JS_SYSLOG_ACTION_READ_ALL, a, sizeof a);
	long m = g(klogctl(3, b, sizeof b));
	assert_int_equal(n, m);
	if (n > 0)
		assert_memory_equal(a, b, (size_t)n);
}

static void vhangup_as_glibc(void **state)
{
	(void)state;
	/* Root in a new session: nothing to hang up, 0; nobody: EPERM. */
	for (int nobody = 0; nobody < 2; nobody++) {
		long pid = js_fork();
		if (pid == 0) {
			setsid();
			if (nobody && js_setuid(65534) != 0)
				_exit(9);
			long a = js_vhangup(), b = g(vhangup());
			_exit(a != b ? 1 : a == 0 ? 0 : a == -JS_EPERM ? 2 : 3);
		}
		assert_int_equal(child_status(pid), (nobody ? 2 : 0) << 8);
	}
}

static void process_vm_as_glibc(void **state)
{
	(void)state;
	char src[] = "0123456789", a[11] = { 0 }, b[11] = { 0 };
	struct iovec gl = { b, 10 }, gr = { src, 10 };
	struct js_iovec jl = { a, 10 }, jr = { src, 10 };
	int me = getpid();

	assert_int_equal(js_process_vm_readv(me, &jl, 1, &jr, 1, 0),
			 g(process_vm_readv(me, &gl, 1, &gr, 1, 0)));
	assert_string_equal(a, b);
	char w1[] = "ab", w2[] = "cd", dst[4] = "xyz";
	struct js_iovec jf = { w1, 2 }, jt = { dst, 2 };
	struct iovec gf = { w2, 2 }, gt = { dst + 1, 2 };
	assert_int_equal(js_process_vm_writev(me, &jf, 1, &jt, 1, 0), 2);
	assert_int_equal(g(process_vm_writev(me, &gf, 1, &gt, 1, 0)), 2);
	assert_string_equal(dst, "acd");
	/* Errors: flags, a bad remote address, a pid that is gone. */
	assert_int_equal(js_process_vm_readv(me, &jl, 1, &jr, 1, 1),
			 g(process_vm_readv(me, &gl, 1, &gr, 1, 1)));
	struct js_iovec jbad = { (void *)16, 4 };
	struct iovec gbad = { (void *)16, 4 };
	assert_int_equal(js_process_vm_readv(me, &jl, 1, &jbad, 1, 0),
			 g(process_vm_readv(me, &gl, 1, &gbad, 1, 0)));
	long pid = js_fork();
	if (pid == 0)
		_exit(0);
	child_status(pid);
	assert_int_equal(js_process_vm_readv((int)pid, &jl, 1, &jr, 1, 0),
			 g(process_vm_readv((int)pid, &gl, 1, &gr, 1, 0)));
	assert_int_equal(js_process_vm_writev((int)pid, &jl, 1, &jr, 1, 0), -JS_ESRCH);
}

static void pidfd_calls_as_glibc(void **state)
{
	(void)state;
	int fds[2];
	assert_int_equal(pipe2(fds, O_CLOEXEC), 0);
	int pfd = (int)js_pidfd_open(getpid(), 0);
	assert_true(pfd >= 0);

	long a = js_pidfd_getfd(pfd, fds[1], 0), b = g(pidfd_getfd(pfd, fds[1], 0));
	assert_true(a >= 0 && b >= 0);
	assert_int_equal(js_kcmp(getpid(), getpid(), JS_KCMP_FILE, (unsigned long)a,
				 (unsigned long)b), 0);
	close((int)a), close((int)b);
	assert_int_equal(js_pidfd_getfd(pfd, 100000, 0), g(pidfd_getfd(pfd, 100000, 0)));
	assert_int_equal(js_pidfd_getfd(pfd, fds[1], 1), g(pidfd_getfd(pfd, fds[1], 1)));
	assert_int_equal(js_pidfd_getfd(fds[0], fds[1], 0), g(pidfd_getfd(fds[0], fds[1], 0)));

	char *m = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	assert_true(m != MAP_FAILED);
	m[0] = 1;
	struct js_iovec jv = { m, 8192 };
	struct iovec gv = { m, 8192 };
	assert_int_equal(js_process_madvise(pfd, &jv, 1, JS_MADV_COLD, 0),
			 g(process_madvise(pfd, &gv, 1, MADV_COLD, 0)));
	assert_int_equal(js_process_madvise(pfd, &jv, 1, JS_MADV_COLD, 0), 8192);
	assert_int_equal(js_process_madvise(pfd, &jv, 1, JS_MADV_COLD, 1),
			 g(process_madvise(pfd, &gv, 1, MADV_COLD, 1)));
	assert_int_equal(js_process_madvise(pfd, &jv, 1, 12345, 0),
			 g(process_madvise(pfd, &gv, 1, 12345, 0)));
	munmap(m, 8192);

	/* mrelease: a running process is -EINVAL; a killed one, not yet
	 * reaped, is released (0) -- or already gone by then (-ESRCH). */
	assert_int_equal(js_process_mrelease(pfd, 0), g(process_mrelease(pfd, 0)));
	assert_int_equal(js_process_mrelease(pfd, 0), -JS_EINVAL);
	assert_int_equal(js_process_mrelease(pfd, 1), g(process_mrelease(pfd, 1)));
	assert_int_equal(js_process_mrelease(-1, 0), g(process_mrelease(-1, 0)));
	long pid = js_fork();
	if (pid == 0) {
		for (;;)
			pause();
	}
	int cfd = (int)js_pidfd_open((int)pid, 0);
	assert_true(cfd >= 0);
	assert_int_equal(js_pidfd_send_signal(cfd, JS_SIGKILL, 0, 0), 0);
	long r = js_process_mrelease(cfd, 0);
	assert_true(r == 0 || r == -JS_ESRCH);
	assert_int_equal(child_status(pid), JS_SIGKILL);
	close(cfd), close(pfd), close(fds[0]), close(fds[1]);
}

/* glibc 2.35+ registers an rseq area per thread and a robust list: the raw
 * calls see them. */
static void glibc_registrations(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		LAYOUT_SIZE(js_rseq, rseq),
		LAYOUT_ALIGN(js_rseq, rseq),
		LAYOUT_FIELD(js_rseq, rseq, cpu_id_start),
		LAYOUT_FIELD(js_rseq, rseq, cpu_id),
		LAYOUT_FIELD(js_rseq, rseq, rseq_cs),
		LAYOUT_FIELD(js_rseq, rseq, flags),
		LAYOUT_SIZE(js_rseq_cs, rseq_cs),
		LAYOUT_FIELD(js_rseq_cs, rseq_cs, version),
		LAYOUT_FIELD(js_rseq_cs, rseq_cs, flags),
		LAYOUT_FIELD(js_rseq_cs, rseq_cs, start_ip),
		LAYOUT_FIELD(js_rseq_cs, rseq_cs, post_commit_offset),
		LAYOUT_FIELD(js_rseq_cs, rseq_cs, abort_ip),
		CONST_ROW(JS_RSEQ_FLAG_UNREGISTER, RSEQ_FLAG_UNREGISTER),
	};
	check_rows(rows, ARRAY_LEN(rows));
	if (__rseq_size > 0) {
		struct js_rseq *mine = (struct js_rseq *)((char *)__builtin_thread_pointer() + __rseq_offset);
		/* The same area, length and signature: already registered. */
		assert_int_equal(js_rseq(mine, __rseq_size < 32 ? 32 : __rseq_size, 0, RSEQ_SIG),
				 -JS_EBUSY);
		/* glibc's area is kept current: the CPU we run on (the thread
		 * may move between the reads: rarely, so once more). */
		uint32_t cpu = (uint32_t)sched_getcpu();
		if (mine->cpu_id != cpu)
			cpu = (uint32_t)sched_getcpu();
		assert_int_equal(mine->cpu_id, cpu);
		static struct js_rseq other;
		assert_int_equal(js_rseq(&other, sizeof other, 0, RSEQ_SIG), -JS_EINVAL);
	}
	struct js_robust_list_head *h = 0;
	size_t len = 0;
	assert_int_equal(js_get_robust_list(0, &h, &len), 0);
	assert_int_equal(len, sizeof(struct js_robust_list_head));
	assert_non_null(h);
	assert_int_equal(js_get_robust_list(0, &h, &len),
			 g(syscall(SYS_get_robust_list, 0, &h, &len)));
	assert_int_equal(js_set_tid_address(0) , gettid());
}

/* Calls with no glibc function: the raw call through glibc's syscall(). */
static void no_glibc_function(void **state)
{
	(void)state;
	assert_int_equal(js_membarrier(JS_MEMBARRIER_CMD_QUERY, 0, 0),
			 g(syscall(SYS_membarrier, 0, 0, 0)));
	assert_int_equal(js_membarrier(99, 0, 0), g(syscall(SYS_membarrier, 99, 0, 0)));
	assert_int_equal(js_kcmp(getpid(), getpid(), JS_KCMP_VM, 0, 0),
			 g(syscall(SYS_kcmp, getpid(), getpid(), 1, 0, 0)));
	assert_int_equal(js_kcmp(getpid(), getpid(), 99, 0, 0),
			 g(syscall(SYS_kcmp, getpid(), getpid(), 99, 0, 0)));
	assert_int_equal(js_restart_syscall(), g(syscall(SYS_restart_syscall)));
	assert_int_equal(js_restart_syscall(), -JS_EINTR);
	uint64_t ids[32], gids[32];
	uint32_t n1 = sizeof ids, n2 = sizeof gids;
	long a = js_lsm_list_modules(ids, &n1, 0);
	assert_int_equal(a, g(syscall(JS_NR_lsm_list_modules, gids, &n2, 0)));
	if (a > 0)
		assert_memory_equal(ids, gids, (size_t)a * 8);
	uint32_t w = 1;
	assert_int_equal(js_futex2_wait(&w, 2, 0xffffffff, JS_FUTEX2_SIZE_U32, 0, 0),
			 g(syscall(JS_NR_futex_wait, &w, 2, 0xffffffff, 2, 0, 0)));
	assert_int_equal(js_futex2_wake(&w, 0xffffffff, 1, JS_FUTEX2_SIZE_U32),
			 g(syscall(JS_NR_futex_wake, &w, 0xffffffff, 1, 2)));
}

#ifdef JS_NR_ioperm
/* x86_64: glibc's ioperm and iopl (-ENOSYS both on a kernel without
 * CONFIG_X86_IOPL_IOPERM), and struct user_desc's bit-fields, which no
 * offsetof can reach: set one by one in both structs, the same bits. */
static void x86_64_as_glibc(void **state)
{
	(void)state;
	assert_int_equal(js_ioperm(0x10000, 1, 1), g(ioperm(0x10000, 1, 1)));
	assert_int_equal(js_iopl(4), g(iopl(4)));
	char buf[16];
	assert_int_equal(js_modify_ldt(99, buf, sizeof buf),
			 (int)g(syscall(SYS_modify_ldt, 99, buf, sizeof buf)));
	unsigned long fs = 0, gfs = 0;
	assert_int_equal(js_arch_prctl(JS_ARCH_GET_FS, (unsigned long)&fs),
			 g(syscall(SYS_arch_prctl, ARCH_GET_FS, &gfs)));
	assert_int_equal(fs, gfs);
#define BIT(f, v)                                                              \
	do {                                                                   \
		struct js_user_desc j;                                         \
		struct user_desc k;                                            \
		memset(&j, 0, sizeof j);                                       \
		memset(&k, 0, sizeof k);                                       \
		j.f = v;                                                       \
		k.f = v;                                                       \
		assert_memory_equal(&j, &k, sizeof k);                         \
	} while (0)
	BIT(seg_32bit, 1);
	BIT(contents, 3);
	BIT(contents, 2);
	BIT(read_exec_only, 1);
	BIT(limit_in_pages, 1);
	BIT(seg_not_present, 1);
	BIT(useable, 1);
	BIT(lm, 1);
	BIT(entry_number, 0x12345678);
	BIT(base_addr, 0x9abcdef0);
	BIT(limit, 0xfffff);
}
#define X86_64_CASES cmocka_unit_test(x86_64_as_glibc),
#else
#define X86_64_CASES
#endif

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(sysinfo_layout_and_values),
		cmocka_unit_test(syslog_as_klogctl),
		cmocka_unit_test(vhangup_as_glibc),
		cmocka_unit_test(process_vm_as_glibc),
		cmocka_unit_test(pidfd_calls_as_glibc),
		cmocka_unit_test(glibc_registrations),
		cmocka_unit_test(no_glibc_function),
		X86_64_CASES
	};
	return cmocka_run_group_tests(tests, 0, 0);
}
