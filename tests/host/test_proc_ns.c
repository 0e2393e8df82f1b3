/* System calls that need a namespace of their own: mount, pivot_root,
 * sethostname/setdomainname and uname in a fresh user+mount+UTS
 * namespace, and reboot inside a new PID namespace.  Everything runs in
 * a forked child that reports the first failing step as its exit status;
 * when the kernel refuses to create namespaces at all, the test prints
 * why and is skipped (not passed). */
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/utsname.h>
#include "host.h"
#include <libjs/libjs.h>

#define REFUSED 200

static int pipe_fds[2];

/* Step n failed: exit with n.  Refusals of unshare itself go to the
 * parent through the pipe with exit status REFUSED. */
#define STEP(n, cond) do { if (!(cond)) js_exit_group(n); } while (0)

static int write_file(const char *path, const char *s)
{
	long fd = js_open(path, JS_O_WRONLY);
	if (fd < 0)
		return 0;
	long n = js_write((int)fd, s, strlen(s));
	js_close((int)fd);
	return n == (long)strlen(s);
}

static void enter_namespaces(int flags)
{
	long uid = js_getuid(), gid = js_getgid(), r = js_unshare(flags);
	char map[64];

	if (r < 0) {
		js_write(pipe_fds[1], &r, sizeof r);
		js_exit_group(REFUSED);
	}
	STEP(1, write_file("/proc/self/setgroups", "deny"));
	snprintf(map, sizeof map, "0 %ld 1", uid);
	STEP(2, write_file("/proc/self/uid_map", map));
	snprintf(map, sizeof map, "0 %ld 1", gid);
	STEP(3, write_file("/proc/self/gid_map", map));
	STEP(4, js_getuid() == 0 && js_geteuid() == 0);
}

/* Run fn in a child; 0 if it exited 0, skip (with the kernel's reason)
 * if it could not make its namespaces, else fail naming the step. */
static void run_child(void (*fn)(void), const char *what)
{
	int st = -1;
	long err = 0;

	assert_int_equal(pipe(pipe_fds), 0);
	long pid = js_fork();
	if (pid == 0) {
		fn();
		js_exit_group(0);
	}
	assert_true(pid > 0);
	assert_int_equal(js_wait4((int)pid, &st, 0, 0), pid);
	close(pipe_fds[1]);
	if (JS_WIFEXITED(st) && JS_WEXITSTATUS(st) == REFUSED) {
		assert_int_equal(read(pipe_fds[0], &err, sizeof err), (ssize_t)sizeof err);
		close(pipe_fds[0]);
		print_message("SKIP %s: the kernel refused unshare: %s (%s)\n", what,
			      js_errname(err), js_strerror(err));
		skip();
	}
	close(pipe_fds[0]);
	if (!JS_WIFEXITED(st) || JS_WEXITSTATUS(st) != 0)
		print_error("%s: child status %#x (failed step %d)\n", what, st,
			    JS_WEXITSTATUS(st));
	assert_int_equal(st, 0);
}

static void ns_mount_pivot_hostname(void)
{
	struct js_utsname u;
	long fd, r;

	enter_namespaces(JS_CLONE_NEWUSER | JS_CLONE_NEWNS | JS_CLONE_NEWUTS);
	/* our mounts must not propagate back to the parent namespace */
	STEP(10, js_mount(0, "/", 0, JS_MS_REC | JS_MS_PRIVATE, 0) == 0);
	r = js_mkdir("newroot", 0755);
	STEP(11, r == 0 || r == -JS_EEXIST);
	STEP(12, js_mount("none", "newroot", "nosuchfs", 0, 0) == -JS_ENODEV);
	STEP(13, js_mount("none", "newroot", "tmpfs", 0, "size=1m,mode=755") == 0);
	STEP(14, js_mkdir("newroot/old", 0755) == 0);
	fd = js_open("newroot/marker", JS_O_CREAT | JS_O_WRONLY, 0644);
	STEP(15, fd >= 0 && js_close((int)fd) == 0);
	STEP(16, js_pivot_root("newroot", "newroot/old") == 0);
	STEP(17, js_chdir("/") == 0);
	STEP(18, js_access("/marker", JS_F_OK) == 0);
	STEP(19, js_access("/old/proc", JS_F_OK) == 0);
	STEP(20, js_umount2("/old", JS_MNT_DETACH) == 0);
	/* the old root is gone: only our tmpfs is left */
	STEP(21, js_access("/old/proc", JS_F_OK) == -JS_ENOENT);
	STEP(22, js_rmdir("/old") == 0);
	STEP(23, js_umount2("/nonexistent", 0) == -JS_ENOENT);
	STEP(24, js_chroot("/") == 0);
	STEP(25, js_chroot("/nonexistent") == -JS_ENOENT);
	STEP(30, js_sethostname("libjs-ns", 8) == 0);
	STEP(31, js_setdomainname("libjs.example", 13) == 0);
	STEP(32, js_uname(&u) == 0);
	STEP(33, strcmp(u.nodename, "libjs-ns") == 0);
	STEP(34, strcmp(u.domainname, "libjs.example") == 0);
	STEP(35, strcmp(u.sysname, "Linux") == 0);
	STEP(36, js_sethostname("x", 65) == -JS_EINVAL);
}

static void namespace_mount_pivot_root_hostname(void **state)
{
	(void)state;
	struct utsname before, after;

	assert_int_equal(uname(&before), 0);
	run_child(ns_mount_pivot_hostname, "user+mount+UTS namespace");
	/* none of it leaked into our namespaces */
	assert_int_equal(uname(&after), 0);
	assert_string_equal(before.nodename, after.nodename);
	assert_int_equal(access("/proc/self", F_OK), 0);
}

static void ns_reboot(void)
{
	int st = -1;

	enter_namespaces(JS_CLONE_NEWUSER | JS_CLONE_NEWPID);
	long pid = js_fork();
	if (pid == 0) {
		/* Never call reboot anywhere but as init of the new
		 * namespace: outside it, it would be the machine's. */
		if (js_getpid() != 1)
			js_exit_group(50);
		if (js_reboot(1, 2, JS_LINUX_REBOOT_CMD_POWER_OFF, 0) != -JS_EINVAL)
			js_exit_group(51);
		js_reboot((int)JS_LINUX_REBOOT_MAGIC1, JS_LINUX_REBOOT_MAGIC2,
			  JS_LINUX_REBOOT_CMD_POWER_OFF, 0);
		js_exit_group(52);
	}
	STEP(53, pid > 0);
	STEP(54, js_wait4((int)pid, &st, 0, 0) == pid);
	if (JS_WIFEXITED(st))
		js_exit_group(JS_WEXITSTATUS(st));
	/* pid_namespaces(7): power-off kills the namespace's init with SIGINT */
	STEP(55, JS_WIFSIGNALED(st) && JS_WTERMSIG(st) == JS_SIGINT);
}

static void reboot_in_pid_namespace_kills_its_init(void **state)
{
	(void)state;
	run_child(ns_reboot, "user+PID namespace reboot");
}

static void setns_own_namespace(void **state)
{
	(void)state;
	long fd = js_open("/proc/self/ns/uts", JS_O_RDONLY | JS_O_CLOEXEC);

	assert_true(fd >= 0);
	/* joining the namespace we are in needs CAP_SYS_ADMIN over it:
	 * glibc's setns says what to expect */
	int g = setns((int)fd, CLONE_NEWUTS);
	assert_int_equal(js_setns((int)fd, JS_CLONE_NEWUTS), g == 0 ? 0 : -errno);
	assert_int_equal(js_setns((int)fd, JS_CLONE_NEWPID), -JS_EINVAL);
	js_close((int)fd);
	assert_int_equal(js_setns(-1, 0), -JS_EBADF);
	assert_int_equal(js_unshare(0x1), -JS_EINVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(namespace_mount_pivot_root_hostname),
		cmocka_unit_test(reboot_in_pid_namespace_kills_its_init),
		cmocka_unit_test(setns_own_namespace),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
