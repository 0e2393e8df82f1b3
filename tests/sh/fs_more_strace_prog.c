/* Every issue-14 file and mount wrapper once, with arguments strace can
 * show: an fd of -1, a path "p" or "q/r" that does not exist, so nothing
 * changes (fanotify_init makes an fd, which exit closes).  Run by
 * test_fs_more_strace.sh, which checks the system call each one issued. */
#include <libjs/libjs.h>

int main(void)
{
	char b[8] = "abcdefg";
	long o1 = 1, o2 = 2;
	struct js_statfs sf;
	struct js_iovec iov = { b, 3 };
	struct js_timeval tv[2] = { { 1, 2 }, { 3, 4 } };
	struct js_open_how how = { JS_O_RDONLY, 0, JS_RESOLVE_BENEATH };
	struct js_xattr_args xa = { 0, 0, 0 };
	struct js_cachestat_range cr = { 0, 0 };
	struct js_cachestat cs;
	struct js_mount_attr ma = { JS_MOUNT_ATTR_RDONLY, 0, 0, 0 };
	struct js_mnt_id_req req = { JS_MNT_ID_REQ_SIZE_VER0, 0, 1, 0, 0 };
	struct js_file_attr fa;
	uint64_t ids[2];
	JS_FILE_HANDLE_DECL(h);
	int mnt;

	js_statfs("p", &sf);
	js_fstatfs(-1, &sf);
	js_mknod("q/r", JS_S_IFIFO | 0600, 0);
	js_mknodat(-1, "p", JS_S_IFCHR | 0600, JS_makedev(1, 3));
	js_creat("q/r", 0640);
	js_futimesat(-1, "p", tv);
	js_fallocate(-1, JS_FALLOC_FL_KEEP_SIZE, 1, 2);
	js_flock(-1, JS_LOCK_EX | JS_LOCK_NB);
	js_posix_fadvise(-1, 3, 4, JS_POSIX_FADV_DONTNEED);
	js_readahead(-1, 5, 6);
	js_sync_file_range(-1, 7, 8, JS_SYNC_FILE_RANGE_WRITE);
	js_splice(-1, &o1, -2, &o2, 9, JS_SPLICE_F_MOVE);
	js_tee(-1, -2, 10, JS_SPLICE_F_NONBLOCK);
	js_vmsplice(-1, &iov, 1, JS_SPLICE_F_GIFT);
	js_preadv(-1, &iov, 1, 11);
	js_pwritev(-1, &iov, 1, 0x500000000L);
	js_preadv2(-1, &iov, 1, 12, JS_RWF_NOWAIT);
	js_pwritev2(-1, &iov, 1, -1, JS_RWF_DSYNC);
	js_close_range(1000, 1001, JS_CLOSE_RANGE_CLOEXEC);
	js_openat2(-1, "p", &how, sizeof how);
	js_setxattr("p", "user.a", b, 3, JS_XATTR_CREATE);
	js_lsetxattr("p", "user.a", b, 3, JS_XATTR_REPLACE);
	js_fsetxattr(-1, "user.a", b, 3, 0);
	js_getxattr("p", "user.a", b, 8);
	js_lgetxattr("p", "user.a", b, 8);
	js_fgetxattr(-1, "user.a", b, 8);
	js_listxattr("p", b, 8);
	js_llistxattr("p", b, 8);
	js_flistxattr(-1, b, 8);
	js_removexattr("p", "user.a");
	js_lremovexattr("p", "user.a");
	js_fremovexattr(-1, "user.a");
	js_setxattrat(-1, "p", JS_AT_SYMLINK_NOFOLLOW, "user.a", &xa, sizeof xa);
	js_getxattrat(-1, "p", 0, "user.a", &xa, sizeof xa);
	js_listxattrat(-1, "p", 0, b, 8);
	js_removexattrat(-1, "p", 0, "user.a");
	h.fh.handle_bytes = 0;
	js_name_to_handle_at(-1, "p", &h.fh, &mnt, 0);
	js_open_by_handle_at(-1, &h.fh, JS_O_RDONLY);
	js_fanotify_init(JS_FAN_CLASS_NOTIF | JS_FAN_CLOEXEC, JS_O_RDONLY);
	js_fanotify_mark(-1, JS_FAN_MARK_ADD, JS_FAN_OPEN | JS_FAN_CLOSE_WRITE, -100, "p");
	js_quotactl(JS_QCMD(JS_Q_GETINFO, JS_USRQUOTA), "p", 13, 0);
	js_quotactl_fd(-1u, (unsigned)JS_QCMD(JS_Q_GETFMT, JS_GRPQUOTA), 14, 0);
	js_swapon("p", JS_SWAP_FLAG_PREFER | 1);
	js_swapoff("p");
	js_acct("p");
	js_cachestat(-1u, &cr, &cs, 0);
	js_file_getattr(-1, "p", &fa, sizeof fa, 0);
	js_file_setattr(-1, "p", &fa, sizeof fa, JS_AT_SYMLINK_NOFOLLOW);
	js_fsopen("p", JS_FSOPEN_CLOEXEC);
	js_fsconfig(-1, JS_FSCONFIG_SET_STRING, "size", "1m", 0);
	js_fsmount(-1, JS_FSMOUNT_CLOEXEC, JS_MOUNT_ATTR_NODEV);
	js_fspick(-1, "p", JS_FSPICK_CLOEXEC);
	js_move_mount(-1, "", -2, "p", JS_MOVE_MOUNT_F_EMPTY_PATH);
	js_open_tree(-1, "p", JS_OPEN_TREE_CLONE);
	js_open_tree_attr(-1, "p", JS_OPEN_TREE_CLONE, &ma, sizeof ma);
	js_mount_setattr(-1, "p", 0, &ma, sizeof ma);
	js_statmount(&req, 0, 0, 0);
	js_listmount(&req, ids, 2, 0);
	return 0;
}
