/* Freestanding: the every-syscall issue's residual calls (futex2, the
 * thread registrations, rseq, membarrier, kcmp, pidfd_getfd,
 * process_vm_*, process_madvise/mrelease, sysinfo, syslog, vhangup,
 * restart_syscall, the LSM calls) on the three architectures, plus each
 * architecture's own calls (tests/free/arch/<arch>/resid_arch.h).
 * Under qemu-user (JS_RUN set), a call qemu 7.2 does not implement must
 * answer exactly -JS_ENOSYS; the case then says so and counts as not run
 * (docs/syscalls.md lists those gaps).  Children are bounded: each is
 * waited for, and the one thread has a 5 s deadline. */
#include "runner.h"

static int under_qemu(void)
{
	const char *e = js_getenv("JS_RUN");

	return e && *e;
}

/* r is the first result of a call: under qemu, -JS_ENOSYS means qemu
 * lacks the call, which ends the case (not run). */
static int qemu_lacks(long r, const char *why)
{
	if (under_qemu() && r == -JS_ENOSYS) {
		jt_not_run(why);
		return 1;
	}
	return 0;
}

/* ---- futex2 (Linux 6.7) ---------------------------------------------- */

static uint32_t fword;
static long waiter_result = 1;

static int waiter(void *arg)
{
	struct js_timespec dl;

	(void)arg;
	js_clock_gettime(JS_CLOCK_MONOTONIC, &dl);
	dl.tv_sec += 5;
	waiter_result = js_futex2_wait(&fword, 0, JS_FUTEX_BITSET_MATCH_ANY,
				       JS_FUTEX2_SIZE_U32 | JS_FUTEX2_PRIVATE,
				       &dl, JS_CLOCK_MONOTONIC);
	return 0;
}

static void t_futex2(void)
{
	uint32_t w = 5, other = 0;
	unsigned int f32 = JS_FUTEX2_SIZE_U32 | JS_FUTEX2_PRIVATE;
	long r = js_futex2_wake(&w, JS_FUTEX_BITSET_MATCH_ANY, 1, f32);

	if (qemu_lacks(r, "qemu 7.2 has no futex_wake/futex_wait/futex_requeue"))
		return;
	/* make check-boot's 6.1 kernels (docs/boot.md) predate them too. */
	if (jt_kernel_before(6, 7)) {
		CHECK_EQ(r, -JS_ENOSYS);
		CHECK_EQ(js_futex2_wait(&w, 4, JS_FUTEX_BITSET_MATCH_ANY, f32, 0, 0), -JS_ENOSYS);
		jt_not_run("futex_wake/futex_wait/futex_requeue are Linux 6.7's: -ENOSYS asserted");
		return;
	}
	CHECK_EQ(r, 0);
	CHECK_EQ(js_futex2_wait(&w, 4, JS_FUTEX_BITSET_MATCH_ANY, f32, 0, 0), -JS_EAGAIN);
	struct js_timespec past = { 0, 0 };
	CHECK_EQ(js_futex2_wait(&w, 5, JS_FUTEX_BITSET_MATCH_ANY, f32, &past,
				JS_CLOCK_MONOTONIC), -JS_ETIMEDOUT);
	/* 6.18 takes 32-bit words only, and a mask that fits in one. */
	CHECK_EQ(js_futex2_wake(&w, 0xff, 1, JS_FUTEX2_SIZE_U8), -JS_EINVAL);
	CHECK_EQ(js_futex2_wake(&w, ~0UL, 1, f32), -JS_EINVAL);
	CHECK_EQ(js_futex2_wake(0, JS_FUTEX_BITSET_MATCH_ANY, 1, f32), 0);
	struct js_futex_waitv two[2] = {
		{ 5, (uint64_t)(uintptr_t)&w, f32, 0 },
		{ 0, (uint64_t)(uintptr_t)&other, f32, 0 },
	};
	CHECK_EQ(js_futex2_requeue(two, 0, 1, 1), 0);
	CHECK_EQ(js_futex2_requeue(two, 1, 1, 1), -JS_EINVAL);
	two[0].val = 6;
	CHECK_EQ(js_futex2_requeue(two, 0, 1, 1), -JS_EAGAIN);

	/* A real sleep and wake across two threads. */
	struct js_thread t;
	CHECK_EQ(js_thread_create(&t, waiter, 0, 0), 0);
	long woke = 0;
	struct js_timespec ms = { 0, 1000000 };
	for (int i = 0; i < 5000 && woke == 0; i++) {
		woke = js_futex2_wake(&fword, JS_FUTEX_BITSET_MATCH_ANY, 1, f32);
		if (woke == 0)
			js_nanosleep(&ms, 0);
	}
	CHECK_EQ(woke, 1);
	CHECK_EQ(js_thread_join(&t, 0), 0);
	CHECK_EQ(waiter_result, 0);
}

/* ---- set_tid_address, robust lists ------------------------------------ */

static void t_set_tid_address(void)
{
	CHECK_EQ(js_set_tid_address(0), js_gettid());
}

static void t_robust_list(void)
{
	struct js_robust_list_head *h = (struct js_robust_list_head *)1;
	size_t len = 0;
	long r = js_get_robust_list(0, &h, &len);

	if (qemu_lacks(r, "qemu 7.2 answers -ENOSYS to get/set_robust_list"))
		return;
	CHECK_EQ(r, 0);
	CHECK_EQ(len, sizeof(struct js_robust_list_head));
	/* The freestanding runtime registers none. */
	CHECK(h == 0);
	CHECK_EQ(js_get_robust_list(0, 0, &len), -JS_EFAULT);

	/* A child takes a robust lock in shared memory and exits holding it:
	 * the kernel marks the word JS_FUTEX_OWNER_DIED. */
	struct lock {
		struct js_robust_list node;
		uint32_t word;
	};
	struct lock *l = js_mmap(0, 4096, JS_PROT_READ | JS_PROT_WRITE,
				 JS_MAP_SHARED | JS_MAP_ANONYMOUS, -1, 0);
	CHECK(!JS_IS_ERR(l));
	if (JS_IS_ERR(l))
		return;
	long pid = js_fork();
	if (pid == 0) {
		static struct js_robust_list_head head;
		head.list.next = &l->node;
		l->node.next = &head.list;
		head.futex_offset = (long)__builtin_offsetof(struct lock, word);
		head.list_op_pending = 0;
		if (js_set_robust_list(&head, sizeof head - 1) != -JS_EINVAL)
			js_exit(3);
		if (js_set_robust_list(&head, sizeof head) != 0)
			js_exit(4);
		struct js_robust_list_head *back = 0;
		size_t n = 0;
		if (js_get_robust_list(0, &back, &n) != 0 || back != &head || n != sizeof head)
			js_exit(5);
		l->word = (uint32_t)js_gettid();
		js_exit(0);
	}
	int st = -1;
	CHECK_EQ(js_wait4((int)pid, &st, 0, 0), pid);
	CHECK_EQ(st, 0);
	CHECK_EQ(l->word & JS_FUTEX_OWNER_DIED, JS_FUTEX_OWNER_DIED);
	CHECK_EQ(l->word & JS_FUTEX_TID_MASK, 0);
	js_munmap(l, 4096);
}

/* ---- rseq ------------------------------------------------------------- */

#define SIG 0x53053053

static void t_rseq(void)
{
	static struct js_rseq rs;
	long r = js_rseq(&rs, sizeof rs, 0, SIG);

	if (qemu_lacks(r, "qemu 7.2 has no rseq"))
		return;
	CHECK_EQ(r, 0);
	CHECK_EQ(((uintptr_t)&rs) % 32, 0);
	unsigned int cpu = 99999;
	CHECK_EQ(js_getcpu(&cpu, 0, 0), 0);
	/* The thread may move between the two reads: rarely, so one retry. */
	if (rs.cpu_id != cpu)
		js_getcpu(&cpu, 0, 0);
	CHECK_EQ(rs.cpu_id, cpu);
	CHECK_EQ(rs.cpu_id_start, rs.cpu_id);
	CHECK_EQ(js_rseq(&rs, sizeof rs, 0, SIG), -JS_EBUSY);
	CHECK_EQ(js_rseq(&rs, sizeof rs, JS_RSEQ_FLAG_UNREGISTER, SIG + 1), -JS_EPERM);
	CHECK_EQ(js_rseq(&rs, sizeof rs, JS_RSEQ_FLAG_UNREGISTER, SIG), 0);
	CHECK_EQ(js_rseq(&rs, sizeof rs, JS_RSEQ_FLAG_UNREGISTER, SIG), -JS_EINVAL);
	CHECK_EQ(js_rseq(&rs, 16, 0, SIG), -JS_EINVAL);
}

/* ---- membarrier -------------------------------------------------------- */

static void t_membarrier(void)
{
	long q = js_membarrier(JS_MEMBARRIER_CMD_QUERY, 0, 0);

	if (qemu_lacks(q, "qemu 7.2 has no membarrier"))
		return;
	CHECK(q > 0);
	CHECK(q & JS_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED);
	if (!(q & JS_MEMBARRIER_CMD_PRIVATE_EXPEDITED))
		return;
	/* In a child, whose memory has registered nothing yet. */
	long pid = js_fork();
	if (pid == 0) {
		if (js_membarrier(JS_MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0) != -JS_EPERM)
			js_exit(2);
		if (js_membarrier(JS_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0) != 0)
			js_exit(3);
		if (js_membarrier(JS_MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0) != 0)
			js_exit(4);
		/* GET_REGISTRATIONS: Linux 6.3, newer than the 6.1 headers. */
		if (q & JS_MEMBARRIER_CMD_GET_REGISTRATIONS) {
			long g = js_membarrier(JS_MEMBARRIER_CMD_GET_REGISTRATIONS, 0, 0);
			if (g < 0 || !(g & JS_MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED))
				js_exit(5);
		}
		if (js_membarrier(JS_MEMBARRIER_CMD_QUERY, 1, 0) != -JS_EINVAL)
			js_exit(6);
		js_exit(0);
	}
	int st = -1;
	CHECK_EQ(js_wait4((int)pid, &st, 0, 0), pid);
	CHECK_EQ(st, 0);
}

/* ---- kcmp, pidfd_getfd, process_vm_*, process_madvise/mrelease ---------- */

static void t_kcmp(void)
{
	long me = js_getpid();
	long r = js_kcmp((int)me, (int)me, JS_KCMP_VM, 0, 0);

	if (qemu_lacks(r, "qemu 7.2 has no kcmp"))
		return;
	CHECK_EQ(r, 0);
	long d = js_dup(1);
	CHECK(d >= 0);
	CHECK_EQ(js_kcmp((int)me, (int)me, JS_KCMP_FILE, 1, (unsigned long)d), 0);
	long p[2] = { -1, -1 };
	int fds[2];
	CHECK_EQ(js_pipe2(fds, JS_O_CLOEXEC), 0);
	p[0] = fds[0], p[1] = fds[1];
	r = js_kcmp((int)me, (int)me, JS_KCMP_FILE, (unsigned long)p[0], (unsigned long)p[1]);
	CHECK(r == 1 || r == 2);
	CHECK_EQ(js_kcmp((int)me, (int)me, 99, 0, 0), -JS_EINVAL);
	CHECK_EQ(js_kcmp((int)me, (int)me, JS_KCMP_FILE, 1, 100000), -JS_EBADF);
	js_close((int)d);
	js_close(fds[0]);
	js_close(fds[1]);
}

static void t_pidfd_getfd(void)
{
	int fds[2];
	CHECK_EQ(js_pipe2(fds, JS_O_CLOEXEC), 0);
	long pfd = js_pidfd_open((int)js_getpid(), 0);
	if (qemu_lacks(pfd, "qemu 7.2 has no pidfd_open")) {
		js_close(fds[0]), js_close(fds[1]);
		return;
	}
	CHECK(pfd >= 0);
	long fd = js_pidfd_getfd((int)pfd, fds[1], 0);
	if (!qemu_lacks(fd, "qemu 7.2 has no pidfd_getfd")) {
		CHECK(fd >= 0);
		CHECK_EQ(js_write((int)fd, "x", 1), 1);
		char c = 0;
		CHECK_EQ(js_read(fds[0], &c, 1), 1);
		CHECK_EQ(c, 'x');
		CHECK_EQ(js_pidfd_getfd((int)pfd, 100000, 0), -JS_EBADF);
		CHECK_EQ(js_pidfd_getfd((int)pfd, fds[1], 1), -JS_EINVAL);
		CHECK_EQ(js_pidfd_getfd(fds[0], fds[1], 0), -JS_EBADF);
		js_close((int)fd);
	}
	js_close((int)pfd);
	js_close(fds[0]);
	js_close(fds[1]);
}

static void t_process_vm(void)
{
	char src[16] = "remote bytes";
	char dst[16] = { 0 };
	struct js_iovec l = { dst, 12 }, rm = { src, 12 };
	int me = (int)js_getpid();
	long r = js_process_vm_readv(me, &l, 1, &rm, 1, 0);

	if (qemu_lacks(r, "qemu 7.2 has no process_vm_readv/writev"))
		return;
	CHECK_EQ(r, 12);
	CHECK_STR(dst, "remote bytes");
	char put[] = "written";
	struct js_iovec from = { put, 7 }, to = { src, 7 };
	CHECK_EQ(js_process_vm_writev(me, &from, 1, &to, 1, 0), 7);
	CHECK_STR(src, "writtenbytes");
	CHECK_EQ(js_process_vm_readv(me, &l, 1, &rm, 1, 1), -JS_EINVAL);
	CHECK_EQ(js_process_vm_writev(me, &from, 1, &to, 1, 1), -JS_EINVAL);
	struct js_iovec bad = { (void *)16, 7 };
	CHECK_EQ(js_process_vm_readv(me, &l, 1, &bad, 1, 0), -JS_EFAULT);
}

static void t_process_madvise(void)
{
	long pfd = js_pidfd_open((int)js_getpid(), 0);
	if (qemu_lacks(pfd, "qemu 7.2 has no pidfd_open"))
		return;
	CHECK(pfd >= 0);
	char *m = js_mmap(0, 8192, JS_PROT_READ | JS_PROT_WRITE,
			  JS_MAP_PRIVATE | JS_MAP_ANONYMOUS, -1, 0);
	CHECK(!JS_IS_ERR(m));
	m[0] = 1, m[4096] = 2;
	struct js_iovec v = { m, 8192 };
	long r = js_process_madvise((int)pfd, &v, 1, JS_MADV_COLD, 0);
	if (!qemu_lacks(r, "qemu 7.2 has no process_madvise")) {
		CHECK_EQ(r, 8192);
		CHECK_EQ(m[4096], 2);
		CHECK_EQ(js_process_madvise((int)pfd, &v, 1, JS_MADV_COLD, 1), -JS_EINVAL);
		CHECK_EQ(js_process_madvise((int)pfd, &v, 1, 12345, 0), -JS_EINVAL);
		/* process_mrelease wants a killed process: this one runs. */
		r = js_process_mrelease((int)pfd, 0);
		if (!qemu_lacks(r, "qemu 7.2 has no process_mrelease")) {
			CHECK_EQ(r, -JS_EINVAL);
			CHECK_EQ(js_process_mrelease((int)pfd, 1), -JS_EINVAL);
			CHECK_EQ(js_process_mrelease(-1, 0), -JS_EBADF);
		}
	}
	js_munmap(m, 8192);
	js_close((int)pfd);
}

/* ---- sysinfo, syslog, vhangup, restart_syscall ------------------------- */

static void t_sysinfo(void)
{
	struct js_sysinfo si;

	CHECK_EQ(js_sysinfo(&si), 0);
	CHECK(si.uptime >= 0);
	CHECK(si.mem_unit >= 1);
	CHECK(si.totalram > 0);
	CHECK(si.freeram <= si.totalram);
	CHECK(si.freeswap <= si.totalswap);
	CHECK(si.procs >= 1);
	/* qemu 7.2 drops the failed copy-out and reports success. */
	CHECK_EQ(js_sysinfo(0), under_qemu() ? 0 : -JS_EFAULT);
}

static void t_syslog(void)
{
	long n = js_syslog(JS_SYSLOG_ACTION_SIZE_BUFFER, 0, 0);

	if (qemu_lacks(n, "qemu 7.2 has no syslog"))
		return;
	/* Root (make check) may read it; anyone else may be refused. */
	if (js_geteuid() == 0)
		CHECK(n > 0);
	else
		CHECK(n > 0 || n == -JS_EPERM);
	CHECK_EQ(js_syslog(-1, 0, 0), -JS_EINVAL);
	char buf[64];
	/* qemu 7.2 maps len bytes of buf before the kernel sees len < 0. */
	CHECK_EQ(js_syslog(JS_SYSLOG_ACTION_READ_ALL, buf, -1),
		 under_qemu() ? -JS_EFAULT : -JS_EINVAL);
}

static void t_vhangup(void)
{
	long pid = js_fork();

	if (pid == 0) {
		/* A new session has no controlling terminal: nothing to hang
		 * up, so root gets 0 and anyone else -JS_EPERM. */
		js_setsid();
		long r = js_vhangup();
		js_exit(r == 0 ? 0 : r == -JS_EPERM ? 1 : r == -JS_ENOSYS ? 2 : 3);
	}
	int st = -1;
	CHECK_EQ(js_wait4((int)pid, &st, 0, 0), pid);
	int code = (st >> 8) & 0xff;
	if (code == 2 && qemu_lacks(-JS_ENOSYS, "qemu 7.2 has no vhangup"))
		return;
	CHECK_EQ(code, js_geteuid() == 0 ? 0 : 1);
}

static void t_restart_syscall(void)
{
	long r = js_restart_syscall();

	if (qemu_lacks(r, "qemu 7.2 has no restart_syscall for the program"))
		return;
	CHECK_EQ(r, -JS_EINTR);
}

/* ---- The LSM calls (Linux 6.8) ------------------------------------------ */

static void t_lsm(void)
{
	uint64_t ids[32];
	uint32_t size = sizeof ids;
	long n = js_lsm_list_modules(ids, &size, 0);

	if (qemu_lacks(n, "qemu 7.2 has no lsm_* calls"))
		return;
	if (jt_kernel_before(6, 8)) {
		CHECK_EQ(n, -JS_ENOSYS);
		CHECK_EQ(js_lsm_set_self_attr(JS_LSM_ATTR_CURRENT, 0, 0, 0), -JS_ENOSYS);
		jt_not_run("the lsm_* calls are Linux 6.8's: -ENOSYS asserted");
		return;
	}
	CHECK(n >= 1);
	CHECK_EQ(size, (uint32_t)n * sizeof ids[0]);
	int cap = 0;
	for (long i = 0; i < n && i < 32; i++) {
		CHECK(ids[i] >= JS_LSM_ID_CAPABILITY && ids[i] <= JS_LSM_ID_IPE);
		cap |= ids[i] == JS_LSM_ID_CAPABILITY;
	}
	CHECK(cap);	/* capabilities are always there */
	uint32_t small = 4;
	CHECK_EQ(js_lsm_list_modules(ids, &small, 0), -JS_E2BIG);
	CHECK_EQ(small, size);
	CHECK_EQ(js_lsm_list_modules(ids, &size, 1), -JS_EINVAL);

	/* Attributes exist only under SELinux, AppArmor or Smack: with none of
	 * them the answer is -JS_EOPNOTSUPP. */
	uint64_t buf[64];
	struct js_lsm_ctx *ctx = (struct js_lsm_ctx *)buf;
	size = sizeof buf;
	long k = js_lsm_get_self_attr(JS_LSM_ATTR_CURRENT, ctx, &size, 0);
	CHECK(k >= 1 || k == -JS_EOPNOTSUPP);
	if (k >= 1) {
		CHECK(ctx->id >= JS_LSM_ID_SELINUX);
		CHECK(ctx->len >= sizeof *ctx + ctx->ctx_len);
	}
	CHECK_EQ(js_lsm_set_self_attr(JS_LSM_ATTR_CURRENT, ctx, 0, 0), -JS_EINVAL);
}

#include "resid_arch.h"

JT_MAIN(T(t_futex2), T(t_set_tid_address), T(t_robust_list), T(t_rseq),
	T(t_membarrier), T(t_kcmp), T(t_pidfd_getfd), T(t_process_vm),
	T(t_process_madvise), T(t_sysinfo), T(t_syslog), T(t_vhangup),
	T(t_restart_syscall), T(t_lsm), RESID_ARCH_CASES)
