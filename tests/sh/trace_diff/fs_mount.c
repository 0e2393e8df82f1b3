/* trace-cross-arch: LIBJS_FAULT=fsopen:ENOSYS,fsconfig:ENOSYS,fsmount:ENOSYS,fspick:ENOSYS,move_mount:ENOSYS,open_tree:ENOSYS,mount_setattr:ENOSYS (qemu-user 7.2 has none of the mount API: ENOSYS) */
/* Differential trace program (tests/sh/test_trace_diff.sh): mount(2)
 * and the mount API (fsopen, fsconfig, fsmount, move_mount, open_tree,
 * fspick, mount_setattr), umount2.  Everything is mounted inside the
 * scratch directory and detached again; without the privilege the
 * calls fail with EPERM, which the trace shows the same way. */
#include <libjs/libjs.h>

int main(void)
{
	struct js_mount_attr ma = { JS_MOUNT_ATTR_RDONLY | JS_MOUNT_ATTR_NOSUID, JS_MOUNT_ATTR_NOEXEC, 0, 0 };
	long fs, mnt, t;

	js_alarm(20);
	js_mkdir("m", 0755);
	js_mkdir("n", 0755);
	js_mount("none", "m", "tmpfs", JS_MS_NOSUID | JS_MS_NODEV, "size=1m,mode=0755");
	js_mount(0, "m", 0, JS_MS_REMOUNT | JS_MS_RDONLY | JS_MS_NOSUID | JS_MS_NODEV, 0);
	js_mount(0, "m", 0, JS_MS_PRIVATE | JS_MS_REC, 0);
	js_mount("m", "n", 0, JS_MS_BIND, 0);
	js_umount2("n", 0);
	js_umount2("m", JS_MNT_DETACH);
	js_umount2("m", JS_MNT_DETACH | JS_UMOUNT_NOFOLLOW);
	js_mount("none", "m", "nofs", 0, 0);
	fs = js_fsopen("tmpfs", JS_FSOPEN_CLOEXEC);
	js_fsopen("nofs", 0);
	js_fsconfig((int)fs, JS_FSCONFIG_SET_STRING, "size", "2m", 0);
	js_fsconfig((int)fs, JS_FSCONFIG_SET_FLAG, "noswap", 0, 0);
	js_fsconfig((int)fs, JS_FSCONFIG_SET_STRING, "bogus", "1", 0);
	js_fsconfig((int)fs, JS_FSCONFIG_CMD_CREATE, 0, 0, 0);
	mnt = js_fsmount((int)fs, JS_FSMOUNT_CLOEXEC, JS_MOUNT_ATTR_NODEV | JS_MOUNT_ATTR_NOATIME);
	js_move_mount((int)mnt, "", JS_AT_FDCWD, "m", JS_MOVE_MOUNT_F_EMPTY_PATH);
	js_mount_setattr(JS_AT_FDCWD, "m", JS_AT_RECURSIVE, &ma, sizeof ma);
	t = js_open_tree(JS_AT_FDCWD, "m", JS_OPEN_TREE_CLONE | JS_OPEN_TREE_CLOEXEC);
	js_close(t);
	t = js_fspick(JS_AT_FDCWD, "m", JS_FSPICK_CLOEXEC | JS_FSPICK_NO_AUTOMOUNT);
	js_fsconfig((int)t, JS_FSCONFIG_CMD_RECONFIGURE, 0, 0, 0);
	js_close(t);
	js_umount2("m", JS_MNT_DETACH);
	js_close(mnt);
	js_close(fs);
	js_rmdir("m");
	js_rmdir("n");
	return 0;
}
