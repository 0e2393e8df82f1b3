/* Freestanding: Landlock (landlock(7)) against the running kernel.  Each
 * restriction happens in a child; the parent reads its exit status with a
 * bound.  The kernel also proves the constants newer than the installed
 * UAPI headers: each ABI's rights are accepted and the first bit past
 * them is refused.  qemu-user 7.2 does not know Landlock's calls: there
 * every case asserts -ENOSYS (docs/sandbox.md). */
#include "sandbox_free.h"

static int qemu_refuses(void)
{
	if (!sb_under_qemu())
		return 0;
	CHECK_EQ(js_landlock_abi(), -JS_ENOSYS);
	CHECK_EQ(js_landlock_restrict_self(-1, 0), -JS_ENOSYS);
	jt_not_run("qemu-user answers Landlock's calls with ENOSYS (checked)");
	return 1;
}

static long create(unsigned long long fs, unsigned long long net,
		   unsigned long long scoped)
{
	struct js_landlock_ruleset_attr a = { fs, net, scoped };

	return js_landlock_create_ruleset(&a, sizeof a, 0);
}

static void t_abi(void)
{
	long abi;

	if (qemu_refuses())
		return;
	abi = js_landlock_abi();
	CHECK(abi >= 1);
	/* This machine's kernel (6.18) answers 7, the newest ABI libjs
	 * names; a newer kernel may answer more.  An older one answers the
	 * ABI its version brought (make check-boot's 6.1 kernels: 2). */
	if (jt_kernel_before(6, 15)) {
		CHECK_EQ(abi, jt_kernel_before(5, 19) ? 1 : jt_kernel_before(6, 2) ? 2 :
			      jt_kernel_before(6, 7) ? 3 : jt_kernel_before(6, 10) ? 4 :
			      jt_kernel_before(6, 12) ? 5 : 6);
		/* ERRATA is 6.15's: an unknown flag before, unless the
		 * distribution took it into its stable kernel (Debian's
		 * 6.1.192 did). */
		long e = js_landlock_create_ruleset(0, 0, JS_LANDLOCK_CREATE_RULESET_ERRATA);

		CHECK(e >= 0 || e == -JS_EINVAL);
	} else {
		CHECK(abi >= JS_LANDLOCK_ABI_LAST);
		/* ERRATA (6.15): a bitmask of the fixes this kernel has. */
		CHECK(js_landlock_create_ruleset(0, 0, JS_LANDLOCK_CREATE_RULESET_ERRATA) >= 0);
	}
	CHECK_EQ(js_landlock_create_ruleset(0, 0, 0x80), -JS_EINVAL);
}

/* Every right of every ABI up to the kernel's is accepted, and the bit
 * after the newest is refused: the constants are the kernel's. */
static void t_rights_per_abi(void)
{
	long abi, fd;

	if (qemu_refuses())
		return;
	abi = js_landlock_abi();
	for (long v = 1; v <= abi && v <= JS_LANDLOCK_ABI_LAST; v++) {
		fd = create(js_landlock_fs_rights(v), js_landlock_net_rights(v),
			    js_landlock_scopes(v));
		CHECK(fd >= 0);
		if (fd >= 0)
			js_close((int)fd);
	}
	if (abi != JS_LANDLOCK_ABI_LAST)
		return;
	CHECK_EQ(create(js_landlock_fs_rights(abi) + 1, 0, 0), -JS_EINVAL);
	CHECK_EQ(create(JS_LANDLOCK_ACCESS_FS_EXECUTE,
			js_landlock_net_rights(abi) + 1, 0), -JS_EINVAL);
	CHECK_EQ(create(JS_LANDLOCK_ACCESS_FS_EXECUTE, 0,
			js_landlock_scopes(abi) + 1), -JS_EINVAL);
	CHECK_EQ(js_landlock_restrict_self(-1, js_landlock_restrict_flags(abi) + 1),
		 -JS_EINVAL);
	/* ABI 7: LOG_SUBDOMAINS_OFF alone, with no ruleset, is valid (here
	 * in a child, as it changes the caller's logging). */
	long pid = js_fork();

	if (pid == 0)
		js_exit_group(js_landlock_restrict_self(-1,
				JS_LANDLOCK_RESTRICT_SELF_LOG_SUBDOMAINS_OFF) == 0 ? 3 : 4);
	CHECK_EQ(sb_wait(pid, 10000), 3 << 8);
}

/* The best-effort helper on a pretended older ABI drops the newer
 * rights, and what it leaves is accepted by this kernel. */
static void t_fit(void)
{
	struct js_landlock_ruleset_attr a;
	const unsigned long long all = ~0ull;

	a.handled_access_fs = a.handled_access_net = a.scoped = all;
	js_landlock_fit(&a, 1);
	CHECK_EQ(a.handled_access_fs, 0x1fff);
	CHECK_EQ(a.handled_access_net, 0);
	CHECK_EQ(a.scoped, 0);
	a.handled_access_fs = a.handled_access_net = a.scoped = all;
	js_landlock_fit(&a, 2);
	CHECK_EQ(a.handled_access_fs, 0x3fff);
	a.handled_access_fs = all;
	js_landlock_fit(&a, 3);
	CHECK_EQ(a.handled_access_fs, 0x7fff);
	CHECK_EQ(a.handled_access_net, 0);
	a.handled_access_fs = a.handled_access_net = a.scoped = all;
	js_landlock_fit(&a, 4);
	CHECK_EQ(a.handled_access_fs, 0x7fff);
	CHECK_EQ(a.handled_access_net, 3);
	CHECK_EQ(a.scoped, 0);
	a.handled_access_fs = a.handled_access_net = a.scoped = all;
	js_landlock_fit(&a, 5);
	CHECK_EQ(a.handled_access_fs, 0xffff);
	CHECK_EQ(a.scoped, 0);
	a.handled_access_fs = a.handled_access_net = a.scoped = all;
	js_landlock_fit(&a, 6);
	CHECK_EQ(a.scoped, 3);
	CHECK_EQ(js_landlock_restrict_flags(6), 0);
	CHECK_EQ(js_landlock_restrict_flags(7), 7);
	a.handled_access_fs = a.handled_access_net = a.scoped = all;
	js_landlock_fit(&a, 0);
	CHECK_EQ(a.handled_access_fs | a.handled_access_net | a.scoped, 0);
	a.handled_access_fs = JS_LANDLOCK_ACCESS_FS_READ_FILE;
	js_landlock_fit(&a, 99);
	CHECK_EQ(a.handled_access_fs, JS_LANDLOCK_ACCESS_FS_READ_FILE);
}

/* What the helper leaves for ABI 1-3 is accepted by this kernel. */
static void t_fit_kernel(void)
{
	struct js_landlock_ruleset_attr a;
	const unsigned long long all = ~0ull;

	if (qemu_refuses())
		return;
	/* Up to ABI 3, or the kernel's own when older. */
	for (long v = 1; v <= 3 && v <= js_landlock_abi(); v++) {
		long fd;

		a.handled_access_fs = a.handled_access_net = a.scoped = all;
		js_landlock_fit(&a, v);
		fd = js_landlock_create_ruleset(&a, sizeof a, 0);
		CHECK(fd >= 0);
		if (fd >= 0)
			js_close((int)fd);
	}
}

#define READ_RIGHTS                                                            \
	(JS_LANDLOCK_ACCESS_FS_EXECUTE | JS_LANDLOCK_ACCESS_FS_READ_FILE |     \
	 JS_LANDLOCK_ACCESS_FS_READ_DIR)

/* In the child: restrict to reading /usr; exit 20 when all went as
 * landlock(7) says, else the step that did not. */
static int read_only_usr(void)
{
	struct js_landlock_ruleset_attr a = { ~0ull, 0, 0 };
	struct js_landlock_path_beneath_attr pb;
	long fd, dir, f, g, st;

	js_landlock_fit(&a, js_landlock_abi());
	fd = js_landlock_create_ruleset(&a, sizeof a, 0);
	if (fd < 0)
		return 30;
	dir = js_open("/usr", JS_O_PATH | JS_O_CLOEXEC);
	if (dir < 0)
		return 31;
	pb.allowed_access = READ_RIGHTS & a.handled_access_fs;
	pb.parent_fd = (int)dir;
	if (js_landlock_add_rule((int)fd, JS_LANDLOCK_RULE_PATH_BENEATH, &pb, 0) != 0)
		return 32;
	/* A right the ruleset does not handle is refused. */
	pb.allowed_access = 1ull << 40;
	if (js_landlock_add_rule((int)fd, JS_LANDLOCK_RULE_PATH_BENEATH, &pb, 0) != -JS_EINVAL)
		return 33;
	js_close((int)dir);
	if (js_prctl(JS_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
		return 34;
	if (js_landlock_restrict_self((int)fd, 0) != 0)
		return 35;
	js_close((int)fd);
	f = js_open("/usr/bin/env", JS_O_RDONLY | JS_O_CLOEXEC);
	if (f < 0)
		return 36;
	js_close((int)f);
	if (js_open("/etc/passwd", JS_O_RDONLY) != -JS_EACCES)
		return 37;
	if (js_open("/usr/bin/env", JS_O_WRONLY) != -JS_EACCES)
		return 38;
	/* A child inherits the domain. */
	g = js_fork();
	if (g == 0)
		js_exit_group(js_open("/etc/passwd", JS_O_RDONLY) == -JS_EACCES ? 0 : 1);
	st = sb_wait(g, 10000);
	return SB_EXITED(st, 0) ? 20 : 39;
}

static void t_read_only_usr(void)
{
	long pid;

	if (qemu_refuses())
		return;
	pid = js_fork();
	if (pid == 0)
		js_exit_group(read_only_usr());
	CHECK_EQ(sb_wait(pid, 20000), 20 << 8);
	/* The parent was not restricted. */
	long f = js_open("/etc/passwd", JS_O_RDONLY);

	CHECK(f >= 0);
	if (f >= 0)
		js_close((int)f);
}

/* ABI 4: a network rule; binding a TCP port the ruleset does not allow
 * is refused. */
static void t_net_port(void)
{
	long pid;

	if (qemu_refuses())
		return;
	pid = js_fork();
	if (pid == 0) {
		struct js_landlock_net_port_attr np = {
			JS_LANDLOCK_ACCESS_NET_BIND_TCP, 0
		};
		long fd = create(0, JS_LANDLOCK_ACCESS_NET_BIND_TCP, 0), s;
		struct js_sockaddr_in sa;

		if (fd < 0)
			js_exit_group(40);
		np.port = 1; /* bind to port 1 allowed, any other refused */
		if (js_landlock_add_rule((int)fd, JS_LANDLOCK_RULE_NET_PORT, &np, 0) != 0)
			js_exit_group(41);
		if (js_prctl(JS_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 ||
		    js_landlock_restrict_self((int)fd, 0) != 0)
			js_exit_group(42);
		s = js_socket(JS_AF_INET, JS_SOCK_STREAM, 0);
		if (s < 0)
			js_exit_group(43);
		__builtin_memset(&sa, 0, sizeof sa);
		sa.sin_family = JS_AF_INET;
		sa.sin_port = js_htons(2);
		js_exit_group(js_bind((int)s, (const struct js_sockaddr *)&sa, sizeof sa) == -JS_EACCES ? 21 : 44);
	}
	/* A kernel before ABI 4 (Linux 6.7) has no network rights: the
	 * ruleset is refused (-EINVAL), status 40. */
	if (js_landlock_abi() < 4) {
		CHECK_EQ(sb_wait(pid, 10000), 40 << 8);
		jt_not_run("Landlock's network rules are ABI 4's (Linux 6.7): the ruleset's refusal asserted");
		return;
	}
	CHECK_EQ(sb_wait(pid, 10000), 21 << 8);
}

JT_MAIN(T(t_abi), T(t_rights_per_abi), T(t_fit), T(t_fit_kernel),T(t_read_only_usr),
	T(t_net_port))
