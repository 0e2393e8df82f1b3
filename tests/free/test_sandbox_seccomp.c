/* Freestanding: seccomp(2) and the filter builder against the running
 * kernel.  Every filter is installed in a child (a filter cannot be
 * removed), which the parent waits for with a bound.  Under qemu-user
 * (aarch64, riscv64 in make check) the emulator refuses seccomp(2) itself:
 * each case asserts that exact answer instead (docs/sandbox.md). */
#include "sandbox_free.h"
#include "compat.h"
#include "bpf_run.h"

#define CAP 1400
static struct js_sock_filter prog[CAP];

/* qemu-user 7.2 does not implement seccomp(2) (its filter would apply to
 * the emulator's own calls): -ENOSYS for every operation. */
static int qemu_refuses(void)
{
	if (!sb_under_qemu())
		return 0;
	CHECK_EQ(js_seccomp(JS_SECCOMP_SET_MODE_FILTER, 0, 0), -JS_ENOSYS);
	CHECK_EQ(js_seccomp(JS_SECCOMP_GET_ACTION_AVAIL, 0, 0), -JS_ENOSYS);
	jt_not_run("qemu-user answers seccomp(2) with ENOSYS (checked)");
	return 1;
}

/* Builds and installs, in the calling child; exits 90-92 on failure. */
static long install(unsigned int *nrs, size_t n, unsigned int action,
		    unsigned int dflt, unsigned int flags)
{
	long len = js_seccomp_build(prog, CAP, nrs, n, action, dflt);

	if (len <= 0)
		js_exit_group(90);
	return js_seccomp_install(prog, (size_t)len, flags);
}

/* The calls every child below makes besides its test call. */
#define BASE JS_NR_exit_group, JS_NR_getpid

static void t_actions_avail(void)
{
	static const unsigned int acts[] = {
		JS_SECCOMP_RET_KILL_PROCESS, JS_SECCOMP_RET_KILL_THREAD,
		JS_SECCOMP_RET_TRAP, JS_SECCOMP_RET_ERRNO,
		JS_SECCOMP_RET_USER_NOTIF, JS_SECCOMP_RET_TRACE,
		JS_SECCOMP_RET_LOG, JS_SECCOMP_RET_ALLOW,
	};
	unsigned int bad = 0x7ff10000u;

	if (qemu_refuses())
		return;
	for (unsigned i = 0; i < sizeof acts / sizeof acts[0]; i++) {
		unsigned int a = acts[i];

		CHECK_EQ(js_seccomp(JS_SECCOMP_GET_ACTION_AVAIL, 0, &a), 0);
	}
	CHECK_EQ(js_seccomp(JS_SECCOMP_GET_ACTION_AVAIL, 0, &bad), -JS_EOPNOTSUPP);
	CHECK_EQ(js_seccomp(4242, 0, 0), -JS_EINVAL);
}

static void t_notif_sizes(void)
{
	struct js_seccomp_notif_sizes s = { 0, 0, 0 };

	if (qemu_refuses())
		return;
	CHECK_EQ(js_seccomp(JS_SECCOMP_GET_NOTIF_SIZES, 0, &s), 0);
	CHECK_EQ(s.seccomp_notif, sizeof(struct js_seccomp_notif));
	CHECK_EQ(s.seccomp_notif_resp, sizeof(struct js_seccomp_notif_resp));
	CHECK_EQ(s.seccomp_data, sizeof(struct js_seccomp_data));
}

/* SECCOMP_SET_MODE_STRICT: read, write, exit, sigreturn only; anything
 * else is SIGKILL. */
static void t_strict(void)
{
	long pid, st;

	if (qemu_refuses())
		return;
	pid = js_fork();
	if (pid == 0) {
		if (js_seccomp(JS_SECCOMP_SET_MODE_STRICT, 0, 0) != 0)
			js_exit_group(91);
		js_getpid();
		js_exit(92);
	}
	st = sb_wait(pid, 10000);
	CHECK(SB_KILLED(st, JS_SIGKILL));
}

static void t_builder_limits(void)
{
	unsigned int two[] = { 1, 2 }, big[] = { 0x40000000u };
	unsigned int none[1];

	CHECK_EQ(js_seccomp_build(prog, 3, two, 2, 0, 0), -JS_ENOSPC);
	CHECK_EQ(js_seccomp_build(prog, CAP, big, 1, 0, 0), -JS_EINVAL);
	CHECK_EQ(js_seccomp_build(prog, CAP, none, 4001, 0, 0), -JS_EINVAL);
	CHECK(js_seccomp_build(prog, CAP, none, 0, 0, 0) > 0);
}

/* The builder's programs, run by bpf_run.h on every architecture (also
 * under qemu-user, which cannot install them): random sets, every number
 * 0..599 answered as the set says, another ABI (and on x86_64 the x32
 * bit) killed, and never more than log2(n) + 10 instructions run. */
static void t_program_logic(void)
{
	static unsigned int set[600], in[600];
	unsigned long seed = 12345;
	int bad = 0;

	for (int round = 0; round < 40 && !bad; round++) {
		size_t n = 0;
		long len;
		unsigned int act = round & 1 ? JS_SECCOMP_RET_ALLOW : JS_SECCOMP_RET_ERRNO | 1;
		unsigned int dflt = round & 1 ? JS_SECCOMP_RET_KILL_PROCESS : JS_SECCOMP_RET_ALLOW;
		unsigned int max = 0, lg = 0;

		for (unsigned int i = 0; i < 600; i++) {
			seed = seed * 6364136223846793005ul + 1442695040888963407ul;
			in[i] = (unsigned int)(seed >> 33) % (unsigned)(round * 3 + 2) == 0;
			if (in[i])
				set[n++] = i;
			if (in[i] && (seed >> 20) % 7 == 0)
				set[n++] = i; /* duplicates count once */
		}
		len = js_seccomp_build(prog, CAP, set, n, act, dflt);
		if (len <= 0 || (size_t)len > JS_SECCOMP_BUILD_MAX(n)) {
			bad = 1;
			break;
		}
		for (size_t k = n; k > 1; k >>= 1)
			lg++;
		for (int i = 0; i < 600; i++) {
			struct js_seccomp_data d = { i, JS_AUDIT_ARCH, 0, { 0 } };
			unsigned int s;

			if (bpf_run(prog, (size_t)len, &d, &s) != (in[i] ? act : dflt))
				bad = 2;
			if (s > max)
				max = s;
			d.arch = JS_AUDIT_ARCH ^ 1;
			if (bpf_run(prog, (size_t)len, &d, 0) != JS_SECCOMP_RET_KILL_PROCESS)
				bad = 3;
		}
		if (max > lg + 10)
			bad = 4;
#ifdef JS_X32_SYSCALL_BIT
		struct js_seccomp_data x = { (int)(JS_X32_SYSCALL_BIT | 1), JS_AUDIT_ARCH, 0, { 0 } };

		if (bpf_run(prog, (size_t)len, &x, 0) != JS_SECCOMP_RET_KILL_PROCESS)
			bad = 5;
		/* -1 is no x32 call: the default answers it. */
		x.nr = -1;
		if (bpf_run(prog, (size_t)len, &x, 0) != dflt)
			bad = 6;
#endif
	}
	CHECK_EQ(bad, 0);
}

/* An allow-list program runs; a call outside it is killed with SIGSYS. */
static void t_allow_and_kill(void)
{
	long pid, st;

	if (qemu_refuses())
		return;
	pid = js_fork();
	if (pid == 0) {
		unsigned int nrs[] = { BASE };

		if (install(nrs, 2, JS_SECCOMP_RET_ALLOW,
			    JS_SECCOMP_RET_KILL_PROCESS, 0) != 0)
			js_exit_group(91);
		js_exit_group(js_getpid() > 0 ? 7 : 93);
	}
	st = sb_wait(pid, 10000);
	CHECK(SB_EXITED(st, 7));

	pid = js_fork();
	if (pid == 0) {
		unsigned int nrs[] = { BASE };

		if (install(nrs, 2, JS_SECCOMP_RET_ALLOW,
			    JS_SECCOMP_RET_KILL_PROCESS, 0) != 0)
			js_exit_group(91);
		js_getppid();
		js_exit_group(94);
	}
	st = sb_wait(pid, 10000);
	CHECK(SB_KILLED(st, JS_SIGSYS));
}

/* Errno mode: the call outside the list answers -ENOSYS and the program
 * goes on. */
static void t_errno_mode(void)
{
	long pid, st;

	if (qemu_refuses())
		return;
	pid = js_fork();
	if (pid == 0) {
		unsigned int nrs[] = { BASE };

		if (install(nrs, 2, JS_SECCOMP_RET_ALLOW,
			    JS_SECCOMP_RET_ERRNO | JS_ENOSYS, 0) != 0)
			js_exit_group(91);
		js_exit_group(js_getppid() == -JS_ENOSYS ? 8 : 95);
	}
	st = sb_wait(pid, 10000);
	CHECK(SB_EXITED(st, 8));
}

/* A deny-list: the listed call gets EPERM, the others pass. */
static void t_deny_list(void)
{
	long pid, st;

	if (qemu_refuses())
		return;
	pid = js_fork();
	if (pid == 0) {
		unsigned int nrs[] = { JS_NR_getppid, JS_NR_getuid };

		if (install(nrs, 2, JS_SECCOMP_RET_ERRNO | JS_EPERM,
			    JS_SECCOMP_RET_ALLOW, 0) != 0)
			js_exit_group(91);
		if (js_getppid() != -JS_EPERM || js_getuid() != -JS_EPERM)
			js_exit_group(96);
		js_exit_group(js_getpid() > 0 && js_getgid() >= 0 ? 9 : 97);
	}
	st = sb_wait(pid, 10000);
	CHECK(SB_EXITED(st, 9));
}

/* A long list (every number up to 460 but getppid): the tree needs its
 * long `ja` jumps, and still finds every allowed call and refuses the
 * one left out. */
static void t_long_list(void)
{
	static unsigned int nrs[460];
	size_t n = 0;
	long pid, st;

	if (qemu_refuses())
		return;
	for (unsigned int i = 0; i < 460; i++)
		if (459 - i != JS_NR_getppid)
			nrs[n++] = 459 - i;
	CHECK(js_seccomp_build(prog, CAP, nrs, n, JS_SECCOMP_RET_ALLOW, 0) > 260);
	pid = js_fork();
	if (pid == 0) {
		if (install(nrs, n, JS_SECCOMP_RET_ALLOW,
			    JS_SECCOMP_RET_ERRNO | JS_ENOSYS, 0) != 0)
			js_exit_group(91);
		if (js_getppid() != -JS_ENOSYS)
			js_exit_group(98);
		js_exit_group(js_getpid() > 0 && js_getuid() >= 0 &&
					      js_gettid() > 0 ? 10 : 99);
	}
	st = sb_wait(pid, 10000);
	CHECK(SB_EXITED(st, 10));
}

/* The architecture check: on x86_64, getpid through i386's `int $0x80`
 * is killed although getpid is allowed (the filter sees
 * AUDIT_ARCH_I386); without a filter the same call answers the pid, so
 * the kill is the filter's. */
static void t_other_abi(void)
{
	long pid, st;

	if (!JT_HAVE_COMPAT) {
		jt_not_run("no second system-call ABI from a 64-bit process here");
		return;
	}
	if (qemu_refuses())
		return;
	pid = js_fork();
	if (pid == 0)
		js_exit_group(jt_compat_getpid() == js_getpid() ? 11 : 100);
	st = sb_wait(pid, 10000);
	CHECK(SB_EXITED(st, 11));
	pid = js_fork();
	if (pid == 0) {
		unsigned int nrs[] = { BASE };

		if (install(nrs, 2, JS_SECCOMP_RET_ALLOW,
			    JS_SECCOMP_RET_ERRNO | JS_ENOSYS, 0) != 0)
			js_exit_group(91);
		jt_compat_getpid();
		js_exit_group(101);
	}
	st = sb_wait(pid, 10000);
	CHECK(SB_KILLED(st, JS_SIGSYS));
}

/* The install helper: with KEEP_PRIVS a process holding CAP_SYS_ADMIN
 * installs without no_new_privs; without the capability it is refused
 * with the kernel's EACCES before the kernel is asked. */
static void t_install_privs(void)
{
	long pid, st;

	if (qemu_refuses())
		return;
	pid = js_fork();
	if (pid == 0) {
		unsigned int nrs[] = { JS_NR_getppid };
		long admin = js_geteuid() == 0;
		long r = install(nrs, 1, JS_SECCOMP_RET_ERRNO | JS_EPERM,
				 JS_SECCOMP_RET_ALLOW,
				 JS_SECCOMP_INSTALL_KEEP_PRIVS);

		if (admin ? r != 0 : r != -JS_EACCES)
			js_exit_group(102);
		if (js_prctl(JS_PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) != 0)
			js_exit_group(103);
		if (js_cap_drop_all() != 0)
			js_exit_group(104);
		r = install(nrs, 1, JS_SECCOMP_RET_ERRNO | JS_EPERM,
			    JS_SECCOMP_RET_ALLOW, JS_SECCOMP_INSTALL_KEEP_PRIVS);
		if (r != -JS_EACCES)
			js_exit_group(105);
		r = install(nrs, 1, JS_SECCOMP_RET_ERRNO | JS_EPERM,
			    JS_SECCOMP_RET_ALLOW, JS_SECCOMP_FILTER_FLAG_TSYNC);
		if (r != 0 || js_prctl(JS_PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0) != 1)
			js_exit_group(106);
		if (js_prctl(JS_PR_GET_SECCOMP, 0, 0, 0, 0) != JS_SECCOMP_MODE_FILTER)
			js_exit_group(107);
		js_exit_group(js_getppid() == -JS_EPERM ? 12 : 108);
	}
	st = sb_wait(pid, 10000);
	CHECK(SB_EXITED(st, 12));
}

/* User notification between two processes: a supervisor (the child, with
 * the listener fd) answers its own child's getppid with 4242. */
static int supervise(long listener)
{
	struct js_seccomp_notif n;
	struct js_seccomp_notif_resp resp;
	struct js_pollfd pf = { (int)listener, JS_POLLIN, 0 };
	long target = js_fork(), st;

	if (target == 0)
		js_exit_group(js_getppid() == 4242 ? 0 : 1);
	if (js_poll(&pf, 1, 10000) != 1)
		return 110;
	__builtin_memset(&n, 0, sizeof n);
	if (js_ioctl((int)listener, JS_SECCOMP_IOCTL_NOTIF_RECV, &n) != 0)
		return 111;
	if (n.data.nr != JS_NR_getppid || n.pid != (unsigned int)target ||
	    n.data.arch != JS_AUDIT_ARCH)
		return 112;
	if (js_ioctl((int)listener, JS_SECCOMP_IOCTL_NOTIF_ID_VALID, &n.id) != 0)
		return 113;
	resp.id = n.id;
	resp.val = 4242;
	resp.error = 0;
	resp.flags = 0;
	if (js_ioctl((int)listener, JS_SECCOMP_IOCTL_NOTIF_SEND, &resp) != 0)
		return 114;
	st = sb_wait(target, 10000);
	if (!SB_EXITED(st, 0))
		return 115;
	/* Answered once: the id is no longer valid. */
	if (js_ioctl((int)listener, JS_SECCOMP_IOCTL_NOTIF_ID_VALID, &n.id) != -JS_ENOENT)
		return 116;
	return 13;
}

static void t_user_notif(void)
{
	long pid, st;

	if (qemu_refuses())
		return;
	pid = js_fork();
	if (pid == 0) {
		unsigned int nrs[] = { JS_NR_getppid };
		long fd = install(nrs, 1, JS_SECCOMP_RET_USER_NOTIF,
				  JS_SECCOMP_RET_ALLOW,
				  JS_SECCOMP_FILTER_FLAG_NEW_LISTENER);

		if (fd < 0)
			js_exit_group(91);
		js_exit_group(supervise(fd));
	}
	st = sb_wait(pid, 20000);
	CHECK(SB_EXITED(st, 13));
}

JT_MAIN(T(t_actions_avail), T(t_notif_sizes), T(t_strict),
	T(t_builder_limits), T(t_program_logic), T(t_allow_and_kill), T(t_errno_mode),
	T(t_deny_list), T(t_long_list), T(t_other_abi), T(t_install_privs),
	T(t_user_notif))
