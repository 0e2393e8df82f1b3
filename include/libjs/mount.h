/* The mount API of Linux 5.2+ (fsopen, fsconfig, fsmount, fspick,
 * move_mount, open_tree, mount_setattr) and the mount queries of 6.8
 * (statmount, listmount): a filesystem is configured through an fd and
 * attached where and when the caller says.  The classic mount(2),
 * umount2(2), pivot_root(2) are in proc.h.  Every call returns the
 * kernel's raw result: >= 0 success (often an fd), -errno on failure.
 * Reference: docs/files.md ("The mount API"); constants and layouts from
 * include/uapi/linux/mount.h, proven in tests/host/test_fs_more_layout_kernel.c
 * and tests/sh/test_fs_more_arch_layout.sh. */
#ifndef LIBJS_MOUNT_H
#define LIBJS_MOUNT_H

#include "sys.h"
#include "nr_new.h"
#include "types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* struct mount_attr (mount_setattr(2), open_tree_attr(2)). */
struct js_mount_attr {
	uint64_t attr_set;
	uint64_t attr_clr;
	uint64_t propagation;
	uint64_t userns_fd;
};
#define JS_MOUNT_ATTR_SIZE_VER0 32

/* struct mnt_id_req (statmount(2), listmount(2)); size is
 * JS_MNT_ID_REQ_SIZE_VER0 or, with mnt_ns_id, _VER1.  mnt_ns_fd (6.18;
 * "spare", which had to be 0, before) names a namespace by an fd. */
struct js_mnt_id_req {
	uint32_t size;
	uint32_t mnt_ns_fd;
	uint64_t mnt_id;
	uint64_t param;
	uint64_t mnt_ns_id;
};
#define JS_MNT_ID_REQ_SIZE_VER0 24
#define JS_MNT_ID_REQ_SIZE_VER1 32

/* struct statmount (statmount(2)), 512 bytes before str[]; the [str]
 * members are offsets into str of NUL-terminated strings. */
struct js_statmount {
	uint32_t size;
	uint32_t mnt_opts;
	uint64_t mask;
	uint32_t sb_dev_major;
	uint32_t sb_dev_minor;
	uint64_t sb_magic;
	uint32_t sb_flags;
	uint32_t fs_type;
	uint64_t mnt_id;
	uint64_t mnt_parent_id;
	uint32_t mnt_id_old;
	uint32_t mnt_parent_id_old;
	uint64_t mnt_attr;
	uint64_t mnt_propagation;
	uint64_t mnt_peer_group;
	uint64_t mnt_master;
	uint64_t propagate_from;
	uint32_t mnt_root;
	uint32_t mnt_point;
	uint64_t mnt_ns_id;
	uint32_t fs_subtype;
	uint32_t sb_source;
	uint32_t opt_num;
	uint32_t opt_array;
	uint32_t opt_sec_num;
	uint32_t opt_sec_array;
	uint64_t supported_mask;
	uint32_t mnt_uidmap_num;
	uint32_t mnt_uidmap;
	uint32_t mnt_gidmap_num;
	uint32_t mnt_gidmap;
	uint64_t __spare2[43];
	JS__FLEX_BEGIN
	char str[];
	JS__FLEX_END
};

/* fsopen(2), fspick(2), fsmount(2) flags */
#define JS_FSOPEN_CLOEXEC          0x00000001
#define JS_FSPICK_CLOEXEC          0x00000001
#define JS_FSPICK_SYMLINK_NOFOLLOW 0x00000002
#define JS_FSPICK_NO_AUTOMOUNT     0x00000004
#define JS_FSPICK_EMPTY_PATH       0x00000008
#define JS_FSMOUNT_CLOEXEC         0x00000001

/* fsconfig(2) commands (enum fsconfig_command) */
#define JS_FSCONFIG_SET_FLAG        0
#define JS_FSCONFIG_SET_STRING      1
#define JS_FSCONFIG_SET_BINARY      2
#define JS_FSCONFIG_SET_PATH        3
#define JS_FSCONFIG_SET_PATH_EMPTY  4
#define JS_FSCONFIG_SET_FD          5
#define JS_FSCONFIG_CMD_CREATE      6
#define JS_FSCONFIG_CMD_RECONFIGURE 7
#define JS_FSCONFIG_CMD_CREATE_EXCL 8  /* 6.6 */

/* move_mount(2) flags */
#define JS_MOVE_MOUNT_F_SYMLINKS   0x00000001
#define JS_MOVE_MOUNT_F_AUTOMOUNTS 0x00000002
#define JS_MOVE_MOUNT_F_EMPTY_PATH 0x00000004
#define JS_MOVE_MOUNT_T_SYMLINKS   0x00000010
#define JS_MOVE_MOUNT_T_AUTOMOUNTS 0x00000020
#define JS_MOVE_MOUNT_T_EMPTY_PATH 0x00000040
#define JS_MOVE_MOUNT_SET_GROUP    0x00000100
#define JS_MOVE_MOUNT_BENEATH      0x00000200  /* 6.5 */
#define JS_MOVE_MOUNT__MASK        0x00000377

/* open_tree(2) flags (with AT_EMPTY_PATH, AT_NO_AUTOMOUNT,
 * AT_RECURSIVE, AT_SYMLINK_NOFOLLOW) */
#define JS_OPEN_TREE_CLONE   1
#define JS_OPEN_TREE_CLOEXEC 02000000  /* O_CLOEXEC */

/* Mount attributes: fsmount(2)'s attr_flags, struct js_mount_attr */
#define JS_MOUNT_ATTR_RDONLY      0x00000001
#define JS_MOUNT_ATTR_NOSUID      0x00000002
#define JS_MOUNT_ATTR_NODEV       0x00000004
#define JS_MOUNT_ATTR_NOEXEC      0x00000008
#define JS_MOUNT_ATTR__ATIME      0x00000070
#define JS_MOUNT_ATTR_RELATIME    0x00000000
#define JS_MOUNT_ATTR_NOATIME     0x00000010
#define JS_MOUNT_ATTR_STRICTATIME 0x00000020
#define JS_MOUNT_ATTR_NODIRATIME  0x00000080
#define JS_MOUNT_ATTR_IDMAP       0x00100000
#define JS_MOUNT_ATTR_NOSYMFOLLOW 0x00200000

/* statmount(2) request mask */
#define JS_STATMOUNT_SB_BASIC       0x00000001U
#define JS_STATMOUNT_MNT_BASIC      0x00000002U
#define JS_STATMOUNT_PROPAGATE_FROM 0x00000004U
#define JS_STATMOUNT_MNT_ROOT       0x00000008U
#define JS_STATMOUNT_MNT_POINT      0x00000010U
#define JS_STATMOUNT_FS_TYPE        0x00000020U
#define JS_STATMOUNT_MNT_NS_ID      0x00000040U
#define JS_STATMOUNT_MNT_OPTS       0x00000080U
#define JS_STATMOUNT_FS_SUBTYPE     0x00000100U
#define JS_STATMOUNT_SB_SOURCE      0x00000200U
#define JS_STATMOUNT_OPT_ARRAY      0x00000400U
#define JS_STATMOUNT_OPT_SEC_ARRAY  0x00000800U
#define JS_STATMOUNT_SUPPORTED_MASK 0x00001000U
#define JS_STATMOUNT_MNT_UIDMAP     0x00002000U
#define JS_STATMOUNT_MNT_GIDMAP     0x00004000U

/* listmount(2): the root mount's id, and its flag */
#define JS_LSMT_ROOT         0xffffffffffffffffULL
#define JS_LISTMOUNT_REVERSE (1 << 0)

/* fsopen(2): an fd to configure a new filesystem of type fsname. */
long js_fsopen(const char *fsname, unsigned int flags);
/* fsconfig(2): cmd JS_FSCONFIG_*; key, value and aux as cmd says. */
long js_fsconfig(int fd, unsigned int cmd, const char *key, const void *value,
		 int aux);
/* fsmount(2): a detached mount fd of the created superblock. */
long js_fsmount(int fsfd, unsigned int flags, unsigned int attr_flags);
long js_fspick(int dirfd, const char *path, unsigned int flags); /* fspick(2) */
long js_move_mount(int from_dirfd, const char *from_path, int to_dirfd,
		   const char *to_path, unsigned int flags); /* move_mount(2) */
long js_open_tree(int dirfd, const char *path, unsigned int flags); /* open_tree(2) */
/* open_tree_attr(2) (Linux 6.15): open_tree that also applies attr
 * (size = sizeof(struct js_mount_attr)) to the clone. */
long js_open_tree_attr(int dirfd, const char *path, unsigned int flags,
		       struct js_mount_attr *attr, size_t size);
long js_mount_setattr(int dirfd, const char *path, unsigned int flags,
		      struct js_mount_attr *attr, size_t size); /* mount_setattr(2) */
/* statmount(2) (Linux 6.8): req->param is the JS_STATMOUNT_* mask. */
long js_statmount(const struct js_mnt_id_req *req, struct js_statmount *buf,
		  size_t bufsize, unsigned long flags);
/* listmount(2) (Linux 6.8): the ids of req->mnt_id's children after
 * req->param, at most nr_mnt_ids of them; returns how many. */
long js_listmount(const struct js_mnt_id_req *req, uint64_t *mnt_ids,
		  size_t nr_mnt_ids, unsigned long flags);

#ifdef __cplusplus
}
#endif

#endif
