/* The issue-14 file and mount layouts and constants against the kernel's
 * UAPI headers, as _Static_asserts: tests/sh/test_fs_more_arch_layout.sh
 * compiles this with each architecture's compiler and headers
 * (linux-libc-dev, -arm64-cross, -riscv64-cross: Linux 6.1).  What is
 * newer than 6.1 (struct statmount and mnt_id_req of 6.8/6.18, cachestat
 * of 6.5, xattr_args of 6.13, file_attr of 6.17, their constants) is
 * checked against the offsets Linux 6.18's include/uapi headers give,
 * written out below, and by the kernel itself in tests/free (which use
 * each struct in a call the kernel checks the size of). */
#include <asm/statfs.h>
#include <linux/close_range.h>
#include <linux/dqblk_xfs.h>
#include <linux/fadvise.h>
#include <linux/falloc.h>
#include <linux/fanotify.h>
#include <linux/fcntl.h>
#include <linux/fs.h>
#include <linux/limits.h>
#include <linux/mount.h>
#include <linux/openat2.h>
#include <linux/quota.h>
#include <linux/xattr.h>
#include <libjs/libjs.h>

#define SAME(a, b) _Static_assert((long)(a) == (long)(b), #a " == " #b)
#define OFF(s, m) __builtin_offsetof(struct s, m)
#define SZ(s, m) sizeof(((struct s *)0)->m)
#define FIELD(js, k, m) SAME(OFF(js, m), OFF(k, m)); SAME(SZ(js, m), SZ(k, m))
#define AT(js, m, off, size) SAME(OFF(js, m), off); SAME(SZ(js, m), size)

/* struct statfs (asm-generic/statfs.h on all three) */
SAME(sizeof(struct js_statfs), sizeof(struct statfs));
SAME(_Alignof(struct js_statfs), _Alignof(struct statfs));
FIELD(js_statfs, statfs, f_type); FIELD(js_statfs, statfs, f_bsize);
FIELD(js_statfs, statfs, f_blocks); FIELD(js_statfs, statfs, f_bfree);
FIELD(js_statfs, statfs, f_bavail); FIELD(js_statfs, statfs, f_files);
FIELD(js_statfs, statfs, f_ffree); FIELD(js_statfs, statfs, f_fsid);
FIELD(js_statfs, statfs, f_namelen); FIELD(js_statfs, statfs, f_frsize);
FIELD(js_statfs, statfs, f_flags); FIELD(js_statfs, statfs, f_spare);

/* struct open_how */
SAME(sizeof(struct js_open_how), sizeof(struct open_how));
FIELD(js_open_how, open_how, flags); FIELD(js_open_how, open_how, mode);
FIELD(js_open_how, open_how, resolve);
SAME(JS_OPEN_HOW_SIZE_VER0, sizeof(struct open_how));
SAME(JS_RESOLVE_NO_XDEV, RESOLVE_NO_XDEV);
SAME(JS_RESOLVE_NO_MAGICLINKS, RESOLVE_NO_MAGICLINKS);
SAME(JS_RESOLVE_NO_SYMLINKS, RESOLVE_NO_SYMLINKS);
SAME(JS_RESOLVE_BENEATH, RESOLVE_BENEATH);
SAME(JS_RESOLVE_IN_ROOT, RESOLVE_IN_ROOT);
SAME(JS_RESOLVE_CACHED, RESOLVE_CACHED);

/* quota: if_dqblk, if_nextdqblk, if_dqinfo and the commands */
SAME(sizeof(struct js_dqblk), sizeof(struct if_dqblk));
FIELD(js_dqblk, if_dqblk, dqb_bhardlimit); FIELD(js_dqblk, if_dqblk, dqb_bsoftlimit);
FIELD(js_dqblk, if_dqblk, dqb_curspace); FIELD(js_dqblk, if_dqblk, dqb_ihardlimit);
FIELD(js_dqblk, if_dqblk, dqb_isoftlimit); FIELD(js_dqblk, if_dqblk, dqb_curinodes);
FIELD(js_dqblk, if_dqblk, dqb_btime); FIELD(js_dqblk, if_dqblk, dqb_itime);
FIELD(js_dqblk, if_dqblk, dqb_valid);
SAME(sizeof(struct js_nextdqblk), sizeof(struct if_nextdqblk));
FIELD(js_nextdqblk, if_nextdqblk, dqb_valid); FIELD(js_nextdqblk, if_nextdqblk, dqb_id);
FIELD(js_nextdqblk, if_nextdqblk, dqb_itime);
SAME(sizeof(struct js_dqinfo), sizeof(struct if_dqinfo));
FIELD(js_dqinfo, if_dqinfo, dqi_bgrace); FIELD(js_dqinfo, if_dqinfo, dqi_igrace);
FIELD(js_dqinfo, if_dqinfo, dqi_flags); FIELD(js_dqinfo, if_dqinfo, dqi_valid);
SAME(JS_QCMD(JS_Q_GETQUOTA, JS_GRPQUOTA), QCMD(Q_GETQUOTA, GRPQUOTA));
SAME(JS_QCMD(JS_Q_XGETQSTAT, JS_PRJQUOTA), QCMD(Q_XGETQSTAT, PRJQUOTA));
SAME(JS_SUBCMDMASK, SUBCMDMASK); SAME(JS_SUBCMDSHIFT, SUBCMDSHIFT);
SAME(JS_USRQUOTA, USRQUOTA); SAME(JS_GRPQUOTA, GRPQUOTA); SAME(JS_PRJQUOTA, PRJQUOTA);
SAME(JS_Q_SYNC, Q_SYNC); SAME(JS_Q_QUOTAON, Q_QUOTAON); SAME(JS_Q_QUOTAOFF, Q_QUOTAOFF);
SAME(JS_Q_GETFMT, Q_GETFMT); SAME(JS_Q_GETINFO, Q_GETINFO); SAME(JS_Q_SETINFO, Q_SETINFO);
SAME(JS_Q_GETQUOTA, Q_GETQUOTA); SAME(JS_Q_SETQUOTA, Q_SETQUOTA);
SAME(JS_Q_GETNEXTQUOTA, Q_GETNEXTQUOTA);
SAME(JS_Q_XQUOTAON, Q_XQUOTAON); SAME(JS_Q_XQUOTAOFF, Q_XQUOTAOFF);
SAME(JS_Q_XGETQUOTA, Q_XGETQUOTA); SAME(JS_Q_XSETQLIM, Q_XSETQLIM);
SAME(JS_Q_XGETQSTAT, Q_XGETQSTAT); SAME(JS_Q_XQUOTARM, Q_XQUOTARM);
SAME(JS_Q_XQUOTASYNC, Q_XQUOTASYNC); SAME(JS_Q_XGETQSTATV, Q_XGETQSTATV);
SAME(JS_Q_XGETNEXTQUOTA, Q_XGETNEXTQUOTA);
SAME(JS_QFMT_VFS_OLD, QFMT_VFS_OLD); SAME(JS_QFMT_VFS_V0, QFMT_VFS_V0);
SAME(JS_QFMT_OCFS2, QFMT_OCFS2); SAME(JS_QFMT_VFS_V1, QFMT_VFS_V1);
SAME(JS_QIF_BLIMITS, QIF_BLIMITS); SAME(JS_QIF_SPACE, QIF_SPACE);
SAME(JS_QIF_ILIMITS, QIF_ILIMITS); SAME(JS_QIF_INODES, QIF_INODES);
SAME(JS_QIF_BTIME, QIF_BTIME); SAME(JS_QIF_ITIME, QIF_ITIME);
SAME(JS_QIF_LIMITS, QIF_LIMITS); SAME(JS_QIF_USAGE, QIF_USAGE);
SAME(JS_QIF_TIMES, QIF_TIMES); SAME(JS_QIF_ALL, QIF_ALL);
SAME(JS_IIF_BGRACE, IIF_BGRACE); SAME(JS_IIF_IGRACE, IIF_IGRACE);
SAME(JS_IIF_FLAGS, IIF_FLAGS); SAME(JS_IIF_ALL, IIF_ALL);

/* fanotify */
SAME(sizeof(struct js_fanotify_event_metadata), sizeof(struct fanotify_event_metadata));
SAME(_Alignof(struct js_fanotify_event_metadata), _Alignof(struct fanotify_event_metadata));
FIELD(js_fanotify_event_metadata, fanotify_event_metadata, event_len);
FIELD(js_fanotify_event_metadata, fanotify_event_metadata, vers);
FIELD(js_fanotify_event_metadata, fanotify_event_metadata, reserved);
FIELD(js_fanotify_event_metadata, fanotify_event_metadata, metadata_len);
FIELD(js_fanotify_event_metadata, fanotify_event_metadata, mask);
FIELD(js_fanotify_event_metadata, fanotify_event_metadata, fd);
FIELD(js_fanotify_event_metadata, fanotify_event_metadata, pid);
SAME(JS_FAN_EVENT_METADATA_LEN, FAN_EVENT_METADATA_LEN);
SAME(sizeof(struct js_fanotify_event_info_header), sizeof(struct fanotify_event_info_header));
FIELD(js_fanotify_event_info_header, fanotify_event_info_header, info_type);
FIELD(js_fanotify_event_info_header, fanotify_event_info_header, pad);
FIELD(js_fanotify_event_info_header, fanotify_event_info_header, len);
SAME(sizeof(struct js_fanotify_event_info_fid), sizeof(struct fanotify_event_info_fid));
FIELD(js_fanotify_event_info_fid, fanotify_event_info_fid, fsid);
SAME(OFF(js_fanotify_event_info_fid, handle), OFF(fanotify_event_info_fid, handle));
SAME(sizeof(struct js_fanotify_event_info_pidfd), sizeof(struct fanotify_event_info_pidfd));
FIELD(js_fanotify_event_info_pidfd, fanotify_event_info_pidfd, pidfd);
SAME(sizeof(struct js_fanotify_event_info_error), sizeof(struct fanotify_event_info_error));
FIELD(js_fanotify_event_info_error, fanotify_event_info_error, error);
FIELD(js_fanotify_event_info_error, fanotify_event_info_error, error_count);
SAME(sizeof(struct js_fanotify_response), sizeof(struct fanotify_response));
FIELD(js_fanotify_response, fanotify_response, fd);
FIELD(js_fanotify_response, fanotify_response, response);
SAME(JS_FAN_ACCESS, FAN_ACCESS); SAME(JS_FAN_MODIFY, FAN_MODIFY);
SAME(JS_FAN_ATTRIB, FAN_ATTRIB); SAME(JS_FAN_CLOSE_WRITE, FAN_CLOSE_WRITE);
SAME(JS_FAN_CLOSE_NOWRITE, FAN_CLOSE_NOWRITE); SAME(JS_FAN_OPEN, FAN_OPEN);
SAME(JS_FAN_MOVED_FROM, FAN_MOVED_FROM); SAME(JS_FAN_MOVED_TO, FAN_MOVED_TO);
SAME(JS_FAN_CREATE, FAN_CREATE); SAME(JS_FAN_DELETE, FAN_DELETE);
SAME(JS_FAN_DELETE_SELF, FAN_DELETE_SELF); SAME(JS_FAN_MOVE_SELF, FAN_MOVE_SELF);
SAME(JS_FAN_OPEN_EXEC, FAN_OPEN_EXEC); SAME(JS_FAN_Q_OVERFLOW, FAN_Q_OVERFLOW);
SAME(JS_FAN_FS_ERROR, FAN_FS_ERROR); SAME(JS_FAN_OPEN_PERM, FAN_OPEN_PERM);
SAME(JS_FAN_ACCESS_PERM, FAN_ACCESS_PERM); SAME(JS_FAN_OPEN_EXEC_PERM, FAN_OPEN_EXEC_PERM);
SAME(JS_FAN_EVENT_ON_CHILD, FAN_EVENT_ON_CHILD); SAME(JS_FAN_RENAME, FAN_RENAME);
SAME(JS_FAN_ONDIR, FAN_ONDIR); SAME(JS_FAN_CLOSE, FAN_CLOSE); SAME(JS_FAN_MOVE, FAN_MOVE);
SAME(JS_FAN_CLOEXEC, FAN_CLOEXEC); SAME(JS_FAN_NONBLOCK, FAN_NONBLOCK);
SAME(JS_FAN_CLASS_NOTIF, FAN_CLASS_NOTIF); SAME(JS_FAN_CLASS_CONTENT, FAN_CLASS_CONTENT);
SAME(JS_FAN_CLASS_PRE_CONTENT, FAN_CLASS_PRE_CONTENT);
SAME(JS_FAN_UNLIMITED_QUEUE, FAN_UNLIMITED_QUEUE);
SAME(JS_FAN_UNLIMITED_MARKS, FAN_UNLIMITED_MARKS);
SAME(JS_FAN_ENABLE_AUDIT, FAN_ENABLE_AUDIT); SAME(JS_FAN_REPORT_PIDFD, FAN_REPORT_PIDFD);
SAME(JS_FAN_REPORT_TID, FAN_REPORT_TID); SAME(JS_FAN_REPORT_FID, FAN_REPORT_FID);
SAME(JS_FAN_REPORT_DIR_FID, FAN_REPORT_DIR_FID); SAME(JS_FAN_REPORT_NAME, FAN_REPORT_NAME);
SAME(JS_FAN_REPORT_TARGET_FID, FAN_REPORT_TARGET_FID);
SAME(JS_FAN_REPORT_DFID_NAME, FAN_REPORT_DFID_NAME);
SAME(JS_FAN_REPORT_DFID_NAME_TARGET, FAN_REPORT_DFID_NAME_TARGET);
SAME(JS_FAN_MARK_ADD, FAN_MARK_ADD); SAME(JS_FAN_MARK_REMOVE, FAN_MARK_REMOVE);
SAME(JS_FAN_MARK_DONT_FOLLOW, FAN_MARK_DONT_FOLLOW); SAME(JS_FAN_MARK_ONLYDIR, FAN_MARK_ONLYDIR);
SAME(JS_FAN_MARK_IGNORED_MASK, FAN_MARK_IGNORED_MASK);
SAME(JS_FAN_MARK_IGNORED_SURV_MODIFY, FAN_MARK_IGNORED_SURV_MODIFY);
SAME(JS_FAN_MARK_FLUSH, FAN_MARK_FLUSH); SAME(JS_FAN_MARK_EVICTABLE, FAN_MARK_EVICTABLE);
SAME(JS_FAN_MARK_IGNORE, FAN_MARK_IGNORE); SAME(JS_FAN_MARK_INODE, FAN_MARK_INODE);
SAME(JS_FAN_MARK_MOUNT, FAN_MARK_MOUNT); SAME(JS_FAN_MARK_FILESYSTEM, FAN_MARK_FILESYSTEM);
SAME(JS_FAN_MARK_IGNORE_SURV, FAN_MARK_IGNORE_SURV);
SAME(JS_FANOTIFY_METADATA_VERSION, FANOTIFY_METADATA_VERSION);
SAME(JS_FAN_EVENT_INFO_TYPE_FID, FAN_EVENT_INFO_TYPE_FID);
SAME(JS_FAN_EVENT_INFO_TYPE_DFID_NAME, FAN_EVENT_INFO_TYPE_DFID_NAME);
SAME(JS_FAN_EVENT_INFO_TYPE_DFID, FAN_EVENT_INFO_TYPE_DFID);
SAME(JS_FAN_EVENT_INFO_TYPE_PIDFD, FAN_EVENT_INFO_TYPE_PIDFD);
SAME(JS_FAN_EVENT_INFO_TYPE_ERROR, FAN_EVENT_INFO_TYPE_ERROR);
SAME(JS_FAN_EVENT_INFO_TYPE_OLD_DFID_NAME, FAN_EVENT_INFO_TYPE_OLD_DFID_NAME);
SAME(JS_FAN_EVENT_INFO_TYPE_NEW_DFID_NAME, FAN_EVENT_INFO_TYPE_NEW_DFID_NAME);
SAME(JS_FAN_ALLOW, FAN_ALLOW); SAME(JS_FAN_DENY, FAN_DENY); SAME(JS_FAN_AUDIT, FAN_AUDIT);
SAME(JS_FAN_NOFD, FAN_NOFD); SAME(JS_FAN_NOPIDFD, FAN_NOPIDFD); SAME(JS_FAN_EPIDFD, FAN_EPIDFD);
/* Linux 6.13-6.15 (include/uapi/linux/fanotify.h of 6.18) */
SAME(JS_FAN_PRE_ACCESS, 0x00100000); SAME(JS_FAN_MNT_ATTACH, 0x01000000);
SAME(JS_FAN_MNT_DETACH, 0x02000000); SAME(JS_FAN_REPORT_FD_ERROR, 0x00002000);
SAME(JS_FAN_REPORT_MNT, 0x00004000); SAME(JS_FAN_MARK_MNTNS, 0x00000110);
SAME(JS_FAN_EVENT_INFO_TYPE_RANGE, 6); SAME(JS_FAN_EVENT_INFO_TYPE_MNT, 7);

/* The mount API */
SAME(sizeof(struct js_mount_attr), sizeof(struct mount_attr));
FIELD(js_mount_attr, mount_attr, attr_set); FIELD(js_mount_attr, mount_attr, attr_clr);
FIELD(js_mount_attr, mount_attr, propagation); FIELD(js_mount_attr, mount_attr, userns_fd);
SAME(JS_MOUNT_ATTR_SIZE_VER0, MOUNT_ATTR_SIZE_VER0);
SAME(JS_FSOPEN_CLOEXEC, FSOPEN_CLOEXEC); SAME(JS_FSPICK_CLOEXEC, FSPICK_CLOEXEC);
SAME(JS_FSPICK_SYMLINK_NOFOLLOW, FSPICK_SYMLINK_NOFOLLOW);
SAME(JS_FSPICK_NO_AUTOMOUNT, FSPICK_NO_AUTOMOUNT); SAME(JS_FSPICK_EMPTY_PATH, FSPICK_EMPTY_PATH);
SAME(JS_FSMOUNT_CLOEXEC, FSMOUNT_CLOEXEC);
SAME(JS_FSCONFIG_SET_FLAG, FSCONFIG_SET_FLAG); SAME(JS_FSCONFIG_SET_STRING, FSCONFIG_SET_STRING);
SAME(JS_FSCONFIG_SET_BINARY, FSCONFIG_SET_BINARY); SAME(JS_FSCONFIG_SET_PATH, FSCONFIG_SET_PATH);
SAME(JS_FSCONFIG_SET_PATH_EMPTY, FSCONFIG_SET_PATH_EMPTY);
SAME(JS_FSCONFIG_SET_FD, FSCONFIG_SET_FD); SAME(JS_FSCONFIG_CMD_CREATE, FSCONFIG_CMD_CREATE);
SAME(JS_FSCONFIG_CMD_RECONFIGURE, FSCONFIG_CMD_RECONFIGURE);
SAME(JS_MOVE_MOUNT_F_SYMLINKS, MOVE_MOUNT_F_SYMLINKS);
SAME(JS_MOVE_MOUNT_F_AUTOMOUNTS, MOVE_MOUNT_F_AUTOMOUNTS);
SAME(JS_MOVE_MOUNT_F_EMPTY_PATH, MOVE_MOUNT_F_EMPTY_PATH);
SAME(JS_MOVE_MOUNT_T_SYMLINKS, MOVE_MOUNT_T_SYMLINKS);
SAME(JS_MOVE_MOUNT_T_AUTOMOUNTS, MOVE_MOUNT_T_AUTOMOUNTS);
SAME(JS_MOVE_MOUNT_T_EMPTY_PATH, MOVE_MOUNT_T_EMPTY_PATH);
SAME(JS_MOVE_MOUNT_SET_GROUP, MOVE_MOUNT_SET_GROUP);
SAME(JS_MOVE_MOUNT__MASK, MOVE_MOUNT__MASK | JS_MOVE_MOUNT_BENEATH);
SAME(JS_OPEN_TREE_CLONE, OPEN_TREE_CLONE); SAME(JS_OPEN_TREE_CLOEXEC, OPEN_TREE_CLOEXEC);
SAME(JS_MOUNT_ATTR_RDONLY, MOUNT_ATTR_RDONLY); SAME(JS_MOUNT_ATTR_NOSUID, MOUNT_ATTR_NOSUID);
SAME(JS_MOUNT_ATTR_NODEV, MOUNT_ATTR_NODEV); SAME(JS_MOUNT_ATTR_NOEXEC, MOUNT_ATTR_NOEXEC);
SAME(JS_MOUNT_ATTR__ATIME, MOUNT_ATTR__ATIME); SAME(JS_MOUNT_ATTR_RELATIME, MOUNT_ATTR_RELATIME);
SAME(JS_MOUNT_ATTR_NOATIME, MOUNT_ATTR_NOATIME);
SAME(JS_MOUNT_ATTR_STRICTATIME, MOUNT_ATTR_STRICTATIME);
SAME(JS_MOUNT_ATTR_NODIRATIME, MOUNT_ATTR_NODIRATIME);
SAME(JS_MOUNT_ATTR_IDMAP, MOUNT_ATTR_IDMAP); SAME(JS_MOUNT_ATTR_NOSYMFOLLOW, MOUNT_ATTR_NOSYMFOLLOW);
/* 6.5/6.6 */
SAME(JS_MOVE_MOUNT_BENEATH, 0x00000200); SAME(JS_FSCONFIG_CMD_CREATE_EXCL, 8);

/* struct mnt_id_req and statmount, Linux 6.18 include/uapi/linux/mount.h */
SAME(sizeof(struct js_mnt_id_req), 32);
AT(js_mnt_id_req, size, 0, 4); AT(js_mnt_id_req, mnt_ns_fd, 4, 4);
AT(js_mnt_id_req, mnt_id, 8, 8); AT(js_mnt_id_req, param, 16, 8);
AT(js_mnt_id_req, mnt_ns_id, 24, 8);
SAME(JS_MNT_ID_REQ_SIZE_VER0, 24); SAME(JS_MNT_ID_REQ_SIZE_VER1, 32);
SAME(sizeof(struct js_statmount), 512);
AT(js_statmount, size, 0, 4); AT(js_statmount, mnt_opts, 4, 4);
AT(js_statmount, mask, 8, 8); AT(js_statmount, sb_dev_major, 16, 4);
AT(js_statmount, sb_dev_minor, 20, 4); AT(js_statmount, sb_magic, 24, 8);
AT(js_statmount, sb_flags, 32, 4); AT(js_statmount, fs_type, 36, 4);
AT(js_statmount, mnt_id, 40, 8); AT(js_statmount, mnt_parent_id, 48, 8);
AT(js_statmount, mnt_id_old, 56, 4); AT(js_statmount, mnt_parent_id_old, 60, 4);
AT(js_statmount, mnt_attr, 64, 8); AT(js_statmount, mnt_propagation, 72, 8);
AT(js_statmount, mnt_peer_group, 80, 8); AT(js_statmount, mnt_master, 88, 8);
AT(js_statmount, propagate_from, 96, 8); AT(js_statmount, mnt_root, 104, 4);
AT(js_statmount, mnt_point, 108, 4); AT(js_statmount, mnt_ns_id, 112, 8);
AT(js_statmount, fs_subtype, 120, 4); AT(js_statmount, sb_source, 124, 4);
AT(js_statmount, opt_num, 128, 4); AT(js_statmount, opt_array, 132, 4);
AT(js_statmount, opt_sec_num, 136, 4); AT(js_statmount, opt_sec_array, 140, 4);
AT(js_statmount, supported_mask, 144, 8); AT(js_statmount, mnt_uidmap_num, 152, 4);
AT(js_statmount, mnt_uidmap, 156, 4); AT(js_statmount, mnt_gidmap_num, 160, 4);
AT(js_statmount, mnt_gidmap, 164, 4); AT(js_statmount, __spare2, 168, 344);
SAME(OFF(js_statmount, str), 512);

/* struct cachestat_range, cachestat (6.5, linux/mman.h) */
SAME(sizeof(struct js_cachestat_range), 16);
AT(js_cachestat_range, off, 0, 8); AT(js_cachestat_range, len, 8, 8);
SAME(sizeof(struct js_cachestat), 40);
AT(js_cachestat, nr_cache, 0, 8); AT(js_cachestat, nr_dirty, 8, 8);
AT(js_cachestat, nr_writeback, 16, 8); AT(js_cachestat, nr_evicted, 24, 8);
AT(js_cachestat, nr_recently_evicted, 32, 8);

/* struct xattr_args (6.13, linux/xattr.h), struct file_attr (6.17, linux/fs.h) */
SAME(sizeof(struct js_xattr_args), JS_XATTR_ARGS_SIZE_VER0);
AT(js_xattr_args, value, 0, 8); AT(js_xattr_args, size, 8, 4); AT(js_xattr_args, flags, 12, 4);
SAME(sizeof(struct js_file_attr), JS_FILE_ATTR_SIZE_VER0);
AT(js_file_attr, fa_xflags, 0, 8); AT(js_file_attr, fa_extsize, 8, 4);
AT(js_file_attr, fa_nextents, 12, 4); AT(js_file_attr, fa_projid, 16, 4);
AT(js_file_attr, fa_cowextsize, 20, 4);

/* Flag sets */
SAME(JS_FALLOC_FL_KEEP_SIZE, FALLOC_FL_KEEP_SIZE); SAME(JS_FALLOC_FL_PUNCH_HOLE, FALLOC_FL_PUNCH_HOLE);
SAME(JS_FALLOC_FL_NO_HIDE_STALE, FALLOC_FL_NO_HIDE_STALE);
SAME(JS_FALLOC_FL_COLLAPSE_RANGE, FALLOC_FL_COLLAPSE_RANGE);
SAME(JS_FALLOC_FL_ZERO_RANGE, FALLOC_FL_ZERO_RANGE);
SAME(JS_FALLOC_FL_INSERT_RANGE, FALLOC_FL_INSERT_RANGE);
SAME(JS_FALLOC_FL_UNSHARE_RANGE, FALLOC_FL_UNSHARE_RANGE);
SAME(JS_LOCK_SH, LOCK_SH); SAME(JS_LOCK_EX, LOCK_EX); SAME(JS_LOCK_NB, LOCK_NB);
SAME(JS_LOCK_UN, LOCK_UN); SAME(JS_LOCK_MAND, LOCK_MAND); SAME(JS_LOCK_READ, LOCK_READ);
SAME(JS_LOCK_WRITE, LOCK_WRITE); SAME(JS_LOCK_RW, LOCK_RW);
SAME(JS_POSIX_FADV_NORMAL, POSIX_FADV_NORMAL); SAME(JS_POSIX_FADV_RANDOM, POSIX_FADV_RANDOM);
SAME(JS_POSIX_FADV_SEQUENTIAL, POSIX_FADV_SEQUENTIAL);
SAME(JS_POSIX_FADV_WILLNEED, POSIX_FADV_WILLNEED);
SAME(JS_POSIX_FADV_DONTNEED, POSIX_FADV_DONTNEED); SAME(JS_POSIX_FADV_NOREUSE, POSIX_FADV_NOREUSE);
SAME(JS_SYNC_FILE_RANGE_WAIT_BEFORE, SYNC_FILE_RANGE_WAIT_BEFORE);
SAME(JS_SYNC_FILE_RANGE_WRITE, SYNC_FILE_RANGE_WRITE);
SAME(JS_SYNC_FILE_RANGE_WAIT_AFTER, SYNC_FILE_RANGE_WAIT_AFTER);
SAME(JS_SYNC_FILE_RANGE_WRITE_AND_WAIT, SYNC_FILE_RANGE_WRITE_AND_WAIT);
SAME(JS_RWF_HIPRI, RWF_HIPRI); SAME(JS_RWF_DSYNC, RWF_DSYNC); SAME(JS_RWF_SYNC, RWF_SYNC);
SAME(JS_RWF_NOWAIT, RWF_NOWAIT); SAME(JS_RWF_APPEND, RWF_APPEND);
SAME(JS_CLOSE_RANGE_UNSHARE, CLOSE_RANGE_UNSHARE); SAME(JS_CLOSE_RANGE_CLOEXEC, CLOSE_RANGE_CLOEXEC);
SAME(JS_XATTR_CREATE, XATTR_CREATE); SAME(JS_XATTR_REPLACE, XATTR_REPLACE);
SAME(JS_XATTR_NAME_MAX, XATTR_NAME_MAX); SAME(JS_XATTR_SIZE_MAX, XATTR_SIZE_MAX);
SAME(JS_XATTR_LIST_MAX, XATTR_LIST_MAX);
SAME(JS_FS_XFLAG_REALTIME, FS_XFLAG_REALTIME); SAME(JS_FS_XFLAG_PREALLOC, FS_XFLAG_PREALLOC);
SAME(JS_FS_XFLAG_IMMUTABLE, FS_XFLAG_IMMUTABLE); SAME(JS_FS_XFLAG_APPEND, FS_XFLAG_APPEND);
SAME(JS_FS_XFLAG_SYNC, FS_XFLAG_SYNC); SAME(JS_FS_XFLAG_NOATIME, FS_XFLAG_NOATIME);
SAME(JS_FS_XFLAG_NODUMP, FS_XFLAG_NODUMP); SAME(JS_FS_XFLAG_RTINHERIT, FS_XFLAG_RTINHERIT);
SAME(JS_FS_XFLAG_PROJINHERIT, FS_XFLAG_PROJINHERIT);
SAME(JS_FS_XFLAG_NOSYMLINKS, FS_XFLAG_NOSYMLINKS); SAME(JS_FS_XFLAG_EXTSIZE, FS_XFLAG_EXTSIZE);
SAME(JS_FS_XFLAG_EXTSZINHERIT, FS_XFLAG_EXTSZINHERIT);
SAME(JS_FS_XFLAG_NODEFRAG, FS_XFLAG_NODEFRAG); SAME(JS_FS_XFLAG_FILESTREAM, FS_XFLAG_FILESTREAM);
SAME(JS_FS_XFLAG_DAX, FS_XFLAG_DAX); SAME(JS_FS_XFLAG_COWEXTSIZE, FS_XFLAG_COWEXTSIZE);
SAME(JS_FS_XFLAG_HASATTR, FS_XFLAG_HASATTR);
/* Newer than 6.1: 6.5-6.17 include/uapi headers of 6.18 */
SAME(JS_FALLOC_FL_WRITE_ZEROES, 0x80); SAME(JS_RWF_NOAPPEND, 0x20);
SAME(JS_RWF_ATOMIC, 0x40); SAME(JS_RWF_DONTCACHE, 0x80); SAME(JS_RWF_NOSIGNAL, 0x100);
SAME(JS_AT_HANDLE_FID, 0x200); SAME(JS_AT_HANDLE_MNT_ID_UNIQUE, 0x001);
SAME(JS_AT_HANDLE_CONNECTABLE, 0x002); SAME(JS_QFMT_SHMEM, 5);
SAME(JS_STATMOUNT_SB_BASIC, 0x1); SAME(JS_STATMOUNT_MNT_GIDMAP, 0x4000);
SAME(JS_LSMT_ROOT, 0xffffffffffffffffULL); SAME(JS_LISTMOUNT_REVERSE, 1);
