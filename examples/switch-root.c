/* switch-root NEWROOT INIT [ARG]...: leaves an initramfs for the real
 * root, as busybox's switch_root and util-linux's switch_root do.
 *
 * It refuses, changing nothing, unless / is a ramfs or tmpfs (statfs(2):
 * the initramfs, whose files it is about to delete) and NEWROOT is a mount
 * point (statx(2)'s STATX_ATTR_MOUNT_ROOT).  Then:
 *   1. /proc, /sys, /dev and /run, where mounted, are moved to the same
 *      place under NEWROOT (MS_MOVE); one NEWROOT lacks is unmounted
 *      (MNT_DETACH) with a message, as util-linux does;
 *   2. with the old root kept open, NEWROOT is moved onto / (MS_MOVE), and
 *      the process chroots into it;
 *   3. INIT must be executable in the new root (else: the message, exit 1,
 *      and the old root's files are left alone);
 *   4. every file of the old root is deleted, through the fd kept in 2,
 *      without crossing into another filesystem (a directory on which
 *      something is still mounted is left), as the kernel's documentation
 *      of the initramfs asks (Documentation/filesystems/ramfs-rootfs-
 *      initramfs.rst): its memory is freed only so;
 *   5. INIT is executed with the ARGs and the same environment.
 * Unlike busybox's, it does not insist on being PID 1: an init that runs
 * it as a child (and then execs into the new root's init itself, or
 * simply waits) works too, and so does the test that runs it in a mount
 * namespace.  Errors: "switch-root: ..." on fd 2 and exit status 1. */
#include <libjs/libjs.h>

/* include/uapi/linux/magic.h */
#define RAMFS_MAGIC 0x858458f6
#define TMPFS_MAGIC 0x01021994

/* Directories deeper than this are left (each level holds a 4 KiB
 * listing buffer on the stack). */
#define MAXDEPTH 128

static int failures;

static int fail(const char *what, long r)
{
	js_dprintf(2, "switch-root: %s: %s\n", what, js_strerror(r));
	return 1;
}

/* 1 if path is the root of a mount, 0 if not, or -errno.  st_dev against
 * the parent's where statx does not report STATX_ATTR_MOUNT_ROOT (before
 * Linux 5.8). */
static long mount_point(int dirfd, const char *path)
{
	struct js_statx a, b;
	long r = js_statx(dirfd, path, 0, JS_STATX_TYPE | JS_STATX_INO, &a), fd;

	if (r < 0)
		return r;
	if (a.stx_attributes_mask & JS_STATX_ATTR_MOUNT_ROOT)
		return !!(a.stx_attributes & JS_STATX_ATTR_MOUNT_ROOT);
	fd = js_openat(dirfd, path, JS_O_RDONLY | JS_O_DIRECTORY | JS_O_CLOEXEC);
	if (fd < 0)
		return fd;
	r = js_statx((int)fd, "..", 0, JS_STATX_TYPE | JS_STATX_INO, &b);
	js_close((int)fd);
	if (r < 0)
		return r;
	return a.stx_dev_major != b.stx_dev_major || a.stx_dev_minor != b.stx_dev_minor ||
	       a.stx_ino == b.stx_ino;
}

/* Deletes what directory dirfd/name holds, staying on device dev. */
static void zap(int dirfd, const char *name, unsigned long dev, int depth)
{
	unsigned long long buf[512];
	const struct js_linux_dirent64 *e;
	struct js_dir d;
	long r = js_dir_openat(&d, dirfd, name, buf, sizeof buf);

	if (r < 0) {
		failures++;
		fail(name, r);
		return;
	}
	while ((r = js_dir_read(&d, &e)) > 0) {
		const char *n = e->d_name;
		struct js_stat st;

		if (n[0] == '.' && (!n[1] || (n[1] == '.' && !n[2])))
			continue;
		if (js_fstatat(js_dir_fd(&d), n, &st, JS_AT_SYMLINK_NOFOLLOW) < 0 ||
		    st.st_dev != dev)
			continue;  /* gone, or another filesystem: left alone */
		if (JS_S_ISDIR(st.st_mode)) {
			if (depth >= MAXDEPTH) {
				js_dprintf(2, "switch-root: %s: deeper than %d levels, left\n",
					   n, MAXDEPTH);
				failures++;
				continue;
			}
			zap(js_dir_fd(&d), n, dev, depth + 1);
		}
		r = js_unlinkat(js_dir_fd(&d), n, JS_S_ISDIR(st.st_mode) ? JS_AT_REMOVEDIR : 0);
		if (r < 0 && !(r == -JS_ENOTEMPTY || r == -JS_EBUSY)) {
			failures++;
			fail(n, r);
		}
	}
	if (r < 0) {
		failures++;
		fail(name, r);
	}
	js_dir_close(&d);
}

/* Step 1: the API filesystems follow the new root. */
static void move_api_mounts(const char *newroot)
{
	static const char *const api[] = { "/dev", "/proc", "/sys", "/run" };
	char to[JS_PATH_MAX];
	unsigned int i;

	for (i = 0; i < sizeof api / sizeof api[0]; i++) {
		struct js_stat st;
		long r;

		if (mount_point(JS_AT_FDCWD, api[i]) != 1)
			continue;
		if (js_snprintf(to, sizeof to, "%s%s", newroot, api[i]) >= (int)sizeof to)
			r = -JS_ENAMETOOLONG;
		else if ((r = js_stat(to, &st)) == 0)
			r = js_mount(api[i], to, 0, JS_MS_MOVE, 0);
		if (r < 0) {
			js_dprintf(2, "switch-root: cannot move %s to %s (%s): unmounting it\n",
				   api[i], to, js_strerror(r));
			js_umount2(api[i], JS_MNT_DETACH);
		}
	}
}

int main(int argc, char **argv)
{
	const char *newroot, *init;
	struct js_statfs sfs;
	struct js_stat st;
	long r, oldroot;

	if (argc < 3) {
		js_dprintf(2, "usage: switch-root NEWROOT INIT [ARG]...\n");
		return 1;
	}
	newroot = argv[1];
	init = argv[2];

	/* The refusals: nothing is changed before both pass. */
	r = js_statfs("/", &sfs);
	if (r < 0)
		return fail("/", r);
	if ((unsigned long)sfs.f_type != RAMFS_MAGIC && (unsigned long)sfs.f_type != TMPFS_MAGIC) {
		js_dprintf(2, "switch-root: /: not a ramfs or tmpfs, refusing to delete its files\n");
		return 1;
	}
	r = js_stat("/", &st);
	if (r < 0)
		return fail("/", r);
	r = mount_point(JS_AT_FDCWD, newroot);
	if (r < 0)
		return fail(newroot, r);
	if (r == 0) {
		js_dprintf(2, "switch-root: %s: not a mount point\n", newroot);
		return 1;
	}

	move_api_mounts(newroot);
	oldroot = js_open("/", JS_O_RDONLY | JS_O_DIRECTORY | JS_O_CLOEXEC);
	if (oldroot < 0)
		return fail("/", oldroot);
	if ((r = js_chdir(newroot)) < 0)
		return fail(newroot, r);
	if ((r = js_mount(".", "/", 0, JS_MS_MOVE, 0)) < 0)
		return fail("moving the new root onto /", r);
	if ((r = js_chroot(".")) < 0 || (r = js_chdir("/")) < 0)
		return fail("chroot into the new root", r);

	if ((r = js_access(init, JS_X_OK)) < 0) {
		fail(init, r);
		js_dprintf(2, "switch-root: the old root's files are left\n");
		return 1;
	}
	zap((int)oldroot, ".", st.st_dev, 0);
	js_close((int)oldroot);
	if (failures)
		js_dprintf(2, "switch-root: %d file(s) of the old root not deleted\n", failures);

	r = js_execve(init, argv + 2, js_environ);
	return fail(init, r);
}
