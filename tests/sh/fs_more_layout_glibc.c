/* The issue-14 file and mount layouts and constants against glibc's own
 * types and macros (no kernel header here; fs_more_layout_kernel.c has
 * those), as _Static_asserts: tests/sh/test_fs_more_arch_layout.sh
 * compiles this with each architecture's compiler and its glibc. */
#define _GNU_SOURCE 1
#include <fcntl.h>
#include <sys/fanotify.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/quota.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/swap.h>
#include <sys/sysmacros.h>
#include <sys/uio.h>
#include <sys/xattr.h>
#include <unistd.h>
#include <libjs/libjs.h>

#define SAME(a, b) _Static_assert((long)(a) == (long)(b), #a " == " #b)
#define OFF(s, m) __builtin_offsetof(struct s, m)
#define SZ(s, m) sizeof(((struct s *)0)->m)
#define FIELD2(js, jm, g, gm) SAME(OFF(js, jm), OFF(g, gm)); SAME(SZ(js, jm), SZ(g, gm))
#define FIELD(js, g, m) FIELD2(js, m, g, m)

SAME(sizeof(struct js_statfs), sizeof(struct statfs));
FIELD(js_statfs, statfs, f_type); FIELD(js_statfs, statfs, f_bsize);
FIELD(js_statfs, statfs, f_blocks); FIELD(js_statfs, statfs, f_bfree);
FIELD(js_statfs, statfs, f_bavail); FIELD(js_statfs, statfs, f_files);
FIELD(js_statfs, statfs, f_ffree); FIELD(js_statfs, statfs, f_fsid);
FIELD(js_statfs, statfs, f_namelen); FIELD(js_statfs, statfs, f_frsize);
FIELD(js_statfs, statfs, f_flags); FIELD(js_statfs, statfs, f_spare);

SAME(sizeof(struct js_file_handle), sizeof(struct file_handle));
FIELD(js_file_handle, file_handle, handle_bytes);
FIELD(js_file_handle, file_handle, handle_type);
SAME(OFF(js_file_handle, f_handle), OFF(file_handle, f_handle));
SAME(JS_MAX_HANDLE_SZ, MAX_HANDLE_SZ);

SAME(sizeof(struct js_dqblk), sizeof(struct dqblk));
FIELD(js_dqblk, dqblk, dqb_bhardlimit); FIELD(js_dqblk, dqblk, dqb_bsoftlimit);
FIELD(js_dqblk, dqblk, dqb_curspace); FIELD(js_dqblk, dqblk, dqb_ihardlimit);
FIELD(js_dqblk, dqblk, dqb_isoftlimit); FIELD(js_dqblk, dqblk, dqb_curinodes);
FIELD(js_dqblk, dqblk, dqb_btime); FIELD(js_dqblk, dqblk, dqb_itime);
FIELD(js_dqblk, dqblk, dqb_valid);
SAME(sizeof(struct js_dqinfo), sizeof(struct dqinfo));
FIELD(js_dqinfo, dqinfo, dqi_bgrace); FIELD(js_dqinfo, dqinfo, dqi_igrace);
FIELD(js_dqinfo, dqinfo, dqi_flags); FIELD(js_dqinfo, dqinfo, dqi_valid);
SAME(JS_QCMD(JS_Q_SETQUOTA, JS_PRJQUOTA), QCMD(Q_SETQUOTA, PRJQUOTA));

SAME(sizeof(struct js_mount_attr), sizeof(struct mount_attr));
FIELD(js_mount_attr, mount_attr, attr_set); FIELD(js_mount_attr, mount_attr, attr_clr);
FIELD(js_mount_attr, mount_attr, propagation); FIELD(js_mount_attr, mount_attr, userns_fd);
SAME(JS_MOUNT_ATTR_SIZE_VER0, MOUNT_ATTR_SIZE_VER0);
SAME(JS_FSOPEN_CLOEXEC, FSOPEN_CLOEXEC); SAME(JS_FSPICK_EMPTY_PATH, FSPICK_EMPTY_PATH);
SAME(JS_FSCONFIG_CMD_RECONFIGURE, FSCONFIG_CMD_RECONFIGURE);
SAME(JS_MOVE_MOUNT_SET_GROUP, MOVE_MOUNT_SET_GROUP);
SAME(JS_OPEN_TREE_CLOEXEC, OPEN_TREE_CLOEXEC); SAME(JS_MOUNT_ATTR_NOSYMFOLLOW, MOUNT_ATTR_NOSYMFOLLOW);

SAME(sizeof(struct js_fanotify_event_metadata), sizeof(struct fanotify_event_metadata));
SAME(sizeof(struct js_iovec), sizeof(struct iovec));
FIELD(js_iovec, iovec, iov_base); FIELD(js_iovec, iovec, iov_len);

/* glibc's makedev is a function: tests/host/test_fs_more.c compares it. */

SAME(JS_LOCK_SH, LOCK_SH); SAME(JS_LOCK_EX, LOCK_EX); SAME(JS_LOCK_NB, LOCK_NB); SAME(JS_LOCK_UN, LOCK_UN);
SAME(JS_POSIX_FADV_NORMAL, POSIX_FADV_NORMAL); SAME(JS_POSIX_FADV_RANDOM, POSIX_FADV_RANDOM);
SAME(JS_POSIX_FADV_SEQUENTIAL, POSIX_FADV_SEQUENTIAL); SAME(JS_POSIX_FADV_WILLNEED, POSIX_FADV_WILLNEED);
SAME(JS_POSIX_FADV_DONTNEED, POSIX_FADV_DONTNEED); SAME(JS_POSIX_FADV_NOREUSE, POSIX_FADV_NOREUSE);
SAME(JS_SPLICE_F_MOVE, SPLICE_F_MOVE); SAME(JS_SPLICE_F_NONBLOCK, SPLICE_F_NONBLOCK);
SAME(JS_SPLICE_F_MORE, SPLICE_F_MORE); SAME(JS_SPLICE_F_GIFT, SPLICE_F_GIFT);
SAME(JS_SYNC_FILE_RANGE_WAIT_BEFORE, SYNC_FILE_RANGE_WAIT_BEFORE);
SAME(JS_SYNC_FILE_RANGE_WRITE, SYNC_FILE_RANGE_WRITE);
SAME(JS_SYNC_FILE_RANGE_WAIT_AFTER, SYNC_FILE_RANGE_WAIT_AFTER);
SAME(JS_FALLOC_FL_KEEP_SIZE, FALLOC_FL_KEEP_SIZE); SAME(JS_FALLOC_FL_PUNCH_HOLE, FALLOC_FL_PUNCH_HOLE);
SAME(JS_FALLOC_FL_ZERO_RANGE, FALLOC_FL_ZERO_RANGE); SAME(JS_FALLOC_FL_UNSHARE_RANGE, FALLOC_FL_UNSHARE_RANGE);
SAME(JS_RWF_HIPRI, RWF_HIPRI); SAME(JS_RWF_DSYNC, RWF_DSYNC); SAME(JS_RWF_SYNC, RWF_SYNC);
SAME(JS_RWF_NOWAIT, RWF_NOWAIT); SAME(JS_RWF_APPEND, RWF_APPEND);
SAME(JS_CLOSE_RANGE_UNSHARE, CLOSE_RANGE_UNSHARE); SAME(JS_CLOSE_RANGE_CLOEXEC, CLOSE_RANGE_CLOEXEC);
SAME(JS_XATTR_CREATE, XATTR_CREATE); SAME(JS_XATTR_REPLACE, XATTR_REPLACE);
SAME(JS_SWAP_FLAG_PREFER, SWAP_FLAG_PREFER); SAME(JS_SWAP_FLAG_PRIO_MASK, SWAP_FLAG_PRIO_MASK);
SAME(JS_SWAP_FLAG_PRIO_SHIFT, SWAP_FLAG_PRIO_SHIFT); SAME(JS_SWAP_FLAG_DISCARD, SWAP_FLAG_DISCARD);
SAME(JS_ST_RDONLY, ST_RDONLY); SAME(JS_ST_NOSUID, ST_NOSUID); SAME(JS_ST_NODEV, ST_NODEV);
SAME(JS_ST_NOEXEC, ST_NOEXEC); SAME(JS_ST_SYNCHRONOUS, ST_SYNCHRONOUS);
SAME(JS_ST_MANDLOCK, ST_MANDLOCK); SAME(JS_ST_NOATIME, ST_NOATIME);
SAME(JS_ST_NODIRATIME, ST_NODIRATIME); SAME(JS_ST_RELATIME, ST_RELATIME);
/* ST_NOSYMFOLLOW (5.10) and AT_HANDLE_FID (6.5) are newer than glibc
 * 2.36: tests/free/test_mount_api.c and test_fs_more.c have the kernel
 * answer them. */
