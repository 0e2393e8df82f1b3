/* The new mount API (include/libjs/mount.h, docs/files.md): a tmpfs
 * configured with fsopen/fsconfig, made with fsmount and attached with
 * move_mount inside a private mount namespace (a forked child that
 * unshares CLONE_NEWNS), a file written there; then fspick to
 * reconfigure it, mount_setattr to make it read-only, open_tree and
 * open_tree_attr to clone it, and statmount/listmount to find it.  The
 * child is bounded (30 s, then killed).  Runs on all three
 * architectures; qemu-user 7.2 lacks the calls (asserted, not run). */
#include "fs_free.h"

#define TMPFS_MAGIC 0x01021994

static int bad;
/* CHECK_EQ for the child, which also counts its failures for its exit
 * status (the runner's own count stays in the child). */
#define M(a, b)                                                                \
	do {                                                                   \
		long a_ = (long)(a), b_ = (long)(b);                           \
		bad += a_ != b_;                                               \
		jt_check_eq(a_, b_, #a, #b, __FILE__, __LINE__);               \
	} while (0)
#define MT(e) M(!!(e), 1)

/* GAP: qemu-user lacks the calls.  OLDER: everything this kernel has
 * passed, and what a later Linux added (tmpfs user xattrs and
 * CMD_CREATE_EXCL 6.6, statmount/listmount 6.8, open_tree_attr 6.15) was
 * asserted missing: make check-boot's 6.1 kernels (docs/boot.md). */
enum { GAP = 77, OLDER = 78 };
static int older;

static long mount_id(const char *path)
{
	struct js_statx stx;

	if (js_statx(JS_AT_FDCWD, path, 0, 0x4000 /* STATX_MNT_ID_UNIQUE */, &stx))
		return -1;
	return (long)stx.stx_mnt_id;
}

static void child_tmpfs(void)
{
	struct js_mount_attr ma = { JS_MOUNT_ATTR_RDONLY, 0, 0, 0 };
	static _Alignas(8) char sbuf[2048];
	struct js_statmount *sm = (struct js_statmount *)sbuf;
	struct js_mnt_id_req req = { JS_MNT_ID_REQ_SIZE_VER0, 0, 0, 0, 0 };
	struct js_statfs sf;
	uint64_t ids[64];
	char buf[16];
	long fs, mnt, t, fd, n;
	int found = 0;

	M(js_unshare(JS_CLONE_NEWNS), 0);
	M(js_mount(0, "/", 0, JS_MS_REC | JS_MS_PRIVATE, 0), 0);
	M(js_mkdir("mnt", 0755), 0);
	M(js_mkdir("mnt2", 0755), 0);
	M(js_mkdir("mnt3", 0755), 0);

	fs = js_fsopen("tmpfs", JS_FSOPEN_CLOEXEC);
	if (fs == -JS_ENOSYS && js_getenv("JS_RUN")) {
		M(js_fsmount(-1, 0, 0), -JS_ENOSYS);
		M(js_fspick(JS_AT_FDCWD, "/", 0), -JS_ENOSYS);
		js_exit(bad ? 1 : GAP);
	}
	MT(fs >= 0);
	M(js_fsconfig((int)fs, JS_FSCONFIG_SET_STRING, "size", "1m", 0), 0);
	M(js_fsconfig((int)fs, JS_FSCONFIG_SET_STRING, "mode", "0755", 0), 0);
	M(js_fsconfig((int)fs, JS_FSCONFIG_SET_FLAG, "nosuchoption", 0, 0), -JS_EINVAL);
	M(js_fsconfig((int)fs, 99, 0, 0, 0), -JS_EOPNOTSUPP);
	M(js_fsconfig((int)fs, JS_FSCONFIG_CMD_CREATE, 0, 0, 0), 0);
	mnt = js_fsmount((int)fs, JS_FSMOUNT_CLOEXEC, JS_MOUNT_ATTR_NODEV);
	MT(mnt >= 0);
	M(js_fsmount((int)fs, 0x80, 0), -JS_EINVAL);
	M(js_move_mount((int)mnt, "", JS_AT_FDCWD, "mnt", 0xffff0000u), -JS_EINVAL);
	M(js_move_mount((int)mnt, "", JS_AT_FDCWD, "mnt", JS_MOVE_MOUNT_F_EMPTY_PATH), 0);
	js_close((int)mnt);

	/* A file written there, on a tmpfs of 1 MiB. */
	put("mnt/hello", "tmpfs!");
	fd = js_open("mnt/hello", JS_O_RDONLY);
	MT(fd >= 0);
	M(js_read((int)fd, buf, sizeof buf), 6);
	MT(mem_eq(buf, "tmpfs!", 6));
	js_close((int)fd);
	M(js_statfs("mnt", &sf), 0);
	M(sf.f_type, TMPFS_MAGIC);
	M(sf.f_blocks * (unsigned long)sf.f_bsize, 1 << 20);
	MT(sf.f_flags & JS_ST_NODEV);

	/* tmpfs keeps user xattrs (Linux 6.6). */
	if (jt_kernel_before(6, 6)) {
		older = 1;
		M(js_setxattr("mnt/hello", "user.k", "v", 1, 0), -JS_EOPNOTSUPP);
	} else {
		M(js_setxattr("mnt/hello", "user.k", "v", 1, 0), 0);
		M(js_getxattr("mnt/hello", "user.k", buf, sizeof buf), 1);
	}

	/* fspick: the same superblock, reconfigured to 2 MiB. */
	fs = js_fspick(JS_AT_FDCWD, "mnt", JS_FSPICK_CLOEXEC);
	MT(fs >= 0);
	M(js_fsconfig((int)fs, JS_FSCONFIG_SET_STRING, "size", "2m", 0), 0);
	M(js_fsconfig((int)fs, JS_FSCONFIG_CMD_RECONFIGURE, 0, 0, 0), 0);
	js_close((int)fs);
	M(js_statfs("mnt", &sf), 0);
	M(sf.f_blocks * (unsigned long)sf.f_bsize, 2 << 20);
	M(js_fspick(JS_AT_FDCWD, "mnt", 0x100), -JS_EINVAL);

	/* mount_setattr: read-only, then writable again. */
	M(js_mount_setattr(JS_AT_FDCWD, "mnt", 0, &ma, sizeof ma), 0);
	M(js_creat("mnt/ro", 0600), -JS_EROFS);
	ma.attr_set = 0;
	ma.attr_clr = JS_MOUNT_ATTR_RDONLY;
	M(js_mount_setattr(JS_AT_FDCWD, "mnt", 0, &ma, sizeof ma), 0);
	fd = js_creat("mnt/rw", 0600);
	MT(fd >= 0);
	js_close((int)fd);
	M(js_mount_setattr(JS_AT_FDCWD, "mnt", 0, &ma, 8), -JS_EINVAL);

	/* open_tree: a clone of the mount, attached at mnt2. */
	t = js_open_tree(JS_AT_FDCWD, "mnt", JS_OPEN_TREE_CLONE | JS_OPEN_TREE_CLOEXEC);
	MT(t >= 0);
	M(js_move_mount((int)t, "", JS_AT_FDCWD, "mnt2", JS_MOVE_MOUNT_F_EMPTY_PATH), 0);
	js_close((int)t);
	fd = js_open("mnt2/hello", JS_O_RDONLY);
	MT(fd >= 0);
	js_close((int)fd);
	M(js_open_tree(JS_AT_FDCWD, "missing", 0), -JS_ENOENT);

	/* open_tree_attr (6.15): the clone comes read-only. */
	ma.attr_set = JS_MOUNT_ATTR_RDONLY;
	ma.attr_clr = 0;
	t = js_open_tree_attr(JS_AT_FDCWD, "mnt", JS_OPEN_TREE_CLONE, &ma, sizeof ma);
	if (jt_kernel_before(6, 15)) {
		M(t, -JS_ENOSYS);
		older = 1;
		goto create_excl;
	}
	MT(t >= 0);
	M(js_move_mount((int)t, "", JS_AT_FDCWD, "mnt3", JS_MOVE_MOUNT_F_EMPTY_PATH), 0);
	js_close((int)t);
	M(js_creat("mnt3/x", 0600), -JS_EROFS);
	fd = js_open("mnt3/hello", JS_O_RDONLY);
	MT(fd >= 0);
	js_close((int)fd);

	/* statmount knows it as a tmpfs with nodev; listmount lists it among
	 * its parent's children. */
	req.mnt_id = (uint64_t)mount_id("mnt");
	req.param = JS_STATMOUNT_MNT_BASIC | JS_STATMOUNT_FS_TYPE | JS_STATMOUNT_SB_BASIC;
	if (jt_kernel_before(6, 8)) {
		M(js_statmount(&req, sm, sizeof sbuf, 0), -JS_ENOSYS);
		M(js_listmount(&req, ids, 64, 0), -JS_ENOSYS);
		goto create_excl;
	}
	M(js_statmount(&req, sm, sizeof sbuf, 0), 0);
	MT(sm->mask & JS_STATMOUNT_FS_TYPE);
	MT(sm->fs_type < sm->size - sizeof *sm);
	CHECK_STR(sm->str + sm->fs_type, "tmpfs");
	M(sm->sb_magic, TMPFS_MAGIC);
	MT(sm->mnt_attr & JS_MOUNT_ATTR_NODEV);
	req.mnt_id = sm->mnt_parent_id;
	req.param = 0;
	n = js_listmount(&req, ids, 64, 0);
	MT(n >= 3);
	for (long i = 0; i < n; i++)
		found += ids[i] == (uint64_t)mount_id("mnt") ||
			 ids[i] == (uint64_t)mount_id("mnt2") ||
			 ids[i] == (uint64_t)mount_id("mnt3");
	M(found, 3);
	M(js_listmount(&req, ids, 64, 0x80), -JS_EINVAL);
create_excl:

	/* Newer flags this kernel takes: CMD_CREATE_EXCL (6.6), and
	 * MOUNT_ATTR_NOSYMFOLLOW, which statfs reports as ST_NOSYMFOLLOW. */
	fs = js_fsopen("tmpfs", JS_FSOPEN_CLOEXEC);
	MT(fs >= 0);
	if (jt_kernel_before(6, 6)) {
		M(js_fsconfig((int)fs, JS_FSCONFIG_CMD_CREATE_EXCL, 0, 0, 0), -JS_EOPNOTSUPP);
		M(js_fsconfig((int)fs, JS_FSCONFIG_CMD_CREATE, 0, 0, 0), 0);
	} else {
		M(js_fsconfig((int)fs, JS_FSCONFIG_CMD_CREATE_EXCL, 0, 0, 0), 0);
	}
	mnt = js_fsmount((int)fs, JS_FSMOUNT_CLOEXEC, JS_MOUNT_ATTR_NOSYMFOLLOW);
	MT(mnt >= 0);
	js_close((int)fs);
	M(js_move_mount((int)mnt, "", JS_AT_FDCWD, "mnt3", JS_MOVE_MOUNT_F_EMPTY_PATH), 0);
	js_close((int)mnt);
	M(js_statfs("mnt3", &sf), 0);
	MT(sf.f_flags & JS_ST_NOSYMFOLLOW);
	M(js_umount2("mnt3", 0), 0);

	M(js_fsopen("nosuchfs", 0), -JS_ENODEV);
	M(js_fsopen("tmpfs", 0x80), -JS_EINVAL);
	M(js_fsmount(-1, 0, 0), -JS_EBADF);
	/* open_tree_attr's clone under it, where the kernel has the call. */
	if (!jt_kernel_before(6, 15))
		M(js_umount2("mnt3", 0), 0);
	M(js_umount2("mnt2", 0), 0);
	M(js_umount2("mnt", 0), 0);
	js_exit(bad ? 1 : older ? OLDER : 0);
}

static void t_tmpfs_in_namespace(void)
{
	struct js_timespec tick = { 0, 10 * 1000 * 1000 };
	int st = 0;
	long pid, r = 0;

	if (js_geteuid() != 0) {
		CHECK_EQ(js_fsopen("tmpfs", 0), -JS_EPERM);
		jt_not_run("needs root for a mount namespace");
		return;
	}
	pid = js_fork();
	CHECK(pid >= 0);
	if (pid == 0)
		child_tmpfs();
	for (int i = 0; i < 3000 && r == 0; i++) {
		r = js_wait4((int)pid, &st, JS_WNOHANG, 0);
		if (r == 0)
			js_nanosleep(&tick, 0);
	}
	if (r == 0) {
		js_kill((int)pid, JS_SIGKILL);
		js_wait4((int)pid, &st, 0, 0);
		CHECK(!"the child did not finish in 30 s");
		return;
	}
	CHECK_EQ(r, pid);
	CHECK(JS_WIFEXITED(st));
	if (JS_WEXITSTATUS(st) == GAP) {
		jt_not_run("qemu-user 7.2 has no fsopen/fsmount/fspick");
		return;
	}
	if (JS_WEXITSTATUS(st) == OLDER)
		jt_not_run("this kernel lacks tmpfs user xattrs and CMD_CREATE_EXCL (6.6), "
			   "statmount/listmount (6.8) or open_tree_attr (6.15): asserted");
	else
		CHECK_EQ(JS_WEXITSTATUS(st), 0);
	/* And none of it is visible out here. */
	CHECK_EQ(js_rmdir("mnt"), 0);
	CHECK_EQ(js_rmdir("mnt2"), 0);
	CHECK_EQ(js_rmdir("mnt3"), 0);
}

static void t_errors_outside(void)
{
	struct js_mount_attr ma = { JS_MOUNT_ATTR_NODEV, 0, 0, 0 };
	long r = js_fsopen("nosuchfs", 0);

	if (r == -JS_ENOSYS && js_getenv("JS_RUN")) {
		CHECK_EQ(js_open_tree(JS_AT_FDCWD, "/", 0x7fff0000), -JS_ENOSYS);
		jt_not_run("qemu-user 7.2 has no fsopen/open_tree");
		return;
	}
	CHECK_EQ(r, js_geteuid() == 0 ? -JS_ENODEV : -JS_EPERM);
	CHECK_EQ(js_open_tree(JS_AT_FDCWD, "/", 0x7fff0000), -JS_EINVAL);
	CHECK_EQ(js_mount_setattr(-1, "x", 0, &ma, sizeof ma), -JS_EBADF);
	CHECK_EQ(js_mount_setattr(JS_AT_FDCWD, "/", 0, 0, sizeof ma), -JS_EFAULT);
	CHECK_EQ(js_move_mount(-1, "", JS_AT_FDCWD, "/", JS_MOVE_MOUNT_F_EMPTY_PATH),
		 -JS_EBADF);
	/* The command's arguments are checked before the fd. */
	CHECK_EQ(js_fsconfig(-1, JS_FSCONFIG_CMD_CREATE, "key", 0, 0), -JS_EINVAL);
	CHECK_EQ(js_fsconfig(999, JS_FSCONFIG_SET_FLAG, "ro", 0, 0), -JS_EBADF);
}

/* The sizes the kernel checks (MOUNT_ATTR_SIZE_VER0, MNT_ID_REQ_SIZE_*,
 * sizeof(struct statmount) = 512) hold on this architecture. */
static void t_sizes(void)
{
	CHECK_EQ(sizeof(struct js_mount_attr), JS_MOUNT_ATTR_SIZE_VER0);
	CHECK_EQ(sizeof(struct js_mnt_id_req), JS_MNT_ID_REQ_SIZE_VER1);
	CHECK_EQ(__builtin_offsetof(struct js_mnt_id_req, mnt_ns_id), JS_MNT_ID_REQ_SIZE_VER0);
	CHECK_EQ(sizeof(struct js_statmount), 512);
	CHECK_EQ(__builtin_offsetof(struct js_statmount, str), 512);
}

JT_MAIN(T(t_sizes), T(t_tmpfs_in_namespace), T(t_errors_outside))
