/* js_cwd with the current directory outside the process's root (the
 * pattern of CVE-2018-1000001): the kernel's getcwd then answers
 * "(unreachable)/..." with success; js_cwd must answer -JS_ENOENT, with a
 * buffer that fits and with one that does not (its retry path).
 *
 * Two ways out of the root, each in a child of its own, in a mount
 * namespace of its own: chroot into a subdirectory with the cwd left
 * outside it, and pivot_root onto a tmpfs followed by detaching the old
 * root, under which the cwd still lies.  This needs root (make check runs
 * as root in CI) or, failing that, a user namespace; when the kernel
 * refuses both, the cases FAIL and say why: a test that could not run is
 * never counted as passed. */
#include "runner.h"

#define REFUSED 100

/* Into a mount namespace of our own (as root), else a user namespace
 * with one mapped uid; exits REFUSED when the kernel says no. */
static void enter(void)
{
	long uid = js_geteuid(), gid = js_getegid(), fd;
	char map[32], *p;

	if (uid == 0 && js_unshare(JS_CLONE_NEWNS) == 0)
		goto private;
	if (js_unshare(JS_CLONE_NEWUSER | JS_CLONE_NEWNS) < 0)
		js_exit_group(REFUSED);
	fd = js_open("/proc/self/setgroups", JS_O_WRONLY);
	if (fd >= 0) {
		js_write((int)fd, "deny", 4);
		js_close((int)fd);
	}
	for (int i = 0; i < 2; i++) {
		long id = i ? gid : uid;
		char num[24], *q = num + sizeof num;

		p = map;
		*p++ = '0';
		*p++ = ' ';
		do
			*--q = (char)('0' + id % 10);
		while (id /= 10);
		while (q < num + sizeof num)
			*p++ = *q++;
		*p++ = ' ';
		*p++ = '1';
		fd = js_open(i ? "/proc/self/gid_map" : "/proc/self/uid_map",
			     JS_O_WRONLY);
		if (fd < 0 || js_write((int)fd, map, (size_t)(p - map)) < 0)
			js_exit_group(REFUSED);
		js_close((int)fd);
	}
private:
	/* Nothing done here may propagate to the parent's namespace. */
	if (js_mount(0, "/", 0, JS_MS_REC | JS_MS_PRIVATE, 0) < 0)
		js_exit_group(REFUSED);
}

/* What js_cwd and js_getcwd say now; exit status 0 when right, else the
 * number of the first wrong step. */
static void expect_unreachable(void)
{
	char buf[512], small[4];

	if (js_getcwd(buf, sizeof buf) <= 0 || buf[0] == '/')
		js_exit_group(20);	/* not outside the root after all */
	if (js_cwd(buf, sizeof buf) != -JS_ENOENT)
		js_exit_group(21);
	if (js_cwd(small, sizeof small) != -JS_ENOENT)
		js_exit_group(22);
	if (js_cwd(0, 0) != -JS_ENOENT)
		js_exit_group(23);
	js_exit_group(0);
}

static void via_chroot(void)
{
	enter();
	if (js_mkdir("jail", 0755) < 0 || js_chroot("jail") < 0)
		js_exit_group(10);
	/* The cwd is still "." of the scratch directory: outside jail. */
	expect_unreachable();
}

static void via_pivot_root(void)
{
	enter();
	if (js_mkdir("newroot", 0755) < 0 ||
	    js_mount("none", "newroot", "tmpfs", 0, "size=64k") < 0 ||
	    js_mkdir("newroot/old", 0755) < 0)
		js_exit_group(10);
	if (js_pivot_root("newroot", "newroot/old") < 0)
		js_exit_group(11);
	/* The cwd is the scratch directory, now under /old; detaching
	 * /old leaves it in no mount reachable from the root. */
	if (js_umount2("/old", JS_MNT_DETACH) < 0)
		js_exit_group(12);
	expect_unreachable();
}

static void run(void (*fn)(void), const char *dir)
{
	int st = 0;
	long pid;

	CHECK_EQ(js_mkdir(dir, 0755), 0);
	CHECK_EQ(js_chdir(dir), 0);
	pid = js_fork();
	if (pid == 0)
		fn();
	CHECK(pid > 0);
	/* Bounded: the child makes no call that can block. */
	for (int i = 0; i < 1000 && js_wait4((int)pid, &st, JS_WNOHANG, 0) == 0; i++) {
		struct js_timespec ms10 = { 0, 10000000 };

		js_nanosleep(&ms10, 0);
		if (i == 999) {
			js_kill((int)pid, JS_SIGKILL);
			js_wait4((int)pid, &st, 0, 0);
		}
	}
	CHECK_EQ(js_chdir(".."), 0);
	if (JS_WIFEXITED(st) && JS_WEXITSTATUS(st) == REFUSED)
		jt_puts("  cannot run: the kernel refused a mount namespace "
			"(needs root, or unprivileged user namespaces)\n");
	else if (!JS_WIFEXITED(st) || JS_WEXITSTATUS(st)) {
		jt_puts("  failed step (exit status) ");
		jt_putl(JS_WIFEXITED(st) ? JS_WEXITSTATUS(st) : -1);
		jt_puts("\n");
	}
	CHECK(JS_WIFEXITED(st) && JS_WEXITSTATUS(st) == 0);
}

static void t_cwd_outside_chroot(void)
{
	run(via_chroot, "chroot");
}

static void t_cwd_outside_pivot_root(void)
{
	run(via_pivot_root, "pivot");
}

JT_MAIN(T(t_cwd_outside_chroot), T(t_cwd_outside_pivot_root))
