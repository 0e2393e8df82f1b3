/* Files and directories: the JavaScript libjs's file API and its everyday neighbours.
 * Every call returns the kernel's raw result: >= 0 success, -errno on
 * failure (errno.h).  The man page named for each is the reference. */
#ifndef LIBJS_FS_H
#define LIBJS_FS_H

#include "sys.h"
#include "nr_new.h"
#include "types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Structures ------------------------------------------------------ */

/* struct js_stat is per architecture: arch/<name>/abi.h (asm/stat.h). */

/* struct statx_timestamp, struct statx: include/uapi/linux/stat.h */
struct js_statx_timestamp {
	int64_t tv_sec;
	uint32_t tv_nsec;
	int32_t __reserved;
};

struct js_statx {
	uint32_t stx_mask;
	uint32_t stx_blksize;
	uint64_t stx_attributes;
	uint32_t stx_nlink;
	uint32_t stx_uid;
	uint32_t stx_gid;
	uint16_t stx_mode;
	uint16_t __spare0[1];
	uint64_t stx_ino;
	uint64_t stx_size;
	uint64_t stx_blocks;
	uint64_t stx_attributes_mask;
	struct js_statx_timestamp stx_atime;
	struct js_statx_timestamp stx_btime;
	struct js_statx_timestamp stx_ctime;
	struct js_statx_timestamp stx_mtime;
	uint32_t stx_rdev_major;
	uint32_t stx_rdev_minor;
	uint32_t stx_dev_major;
	uint32_t stx_dev_minor;
	uint64_t stx_mnt_id;
	uint32_t stx_dio_mem_align;
	uint32_t stx_dio_offset_align;
	uint64_t __spare3[12];
};

/* struct linux_dirent64, getdents64(2); d_name runs to d_reclen. */
struct js_linux_dirent64 {
	uint64_t d_ino;
	int64_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	JS__FLEX_BEGIN
	char d_name[];
	JS__FLEX_END
};

/* ---- Constants (include/uapi/asm-generic/fcntl.h, linux/fcntl.h,
 *      linux/stat.h, linux/fs.h, unistd.h, dirent.h) ------------------- */

#define JS_O_ACCMODE  00000003
#define JS_O_RDONLY   00000000
#define JS_O_WRONLY   00000001
#define JS_O_RDWR     00000002
#define JS_O_CREAT    00000100
#define JS_O_EXCL     00000200
#define JS_O_NOCTTY   00000400
#define JS_O_TRUNC    00001000
#define JS_O_APPEND   00002000
#define JS_O_NONBLOCK 00004000
#define JS_O_NDELAY   JS_O_NONBLOCK
#define JS_O_DSYNC    00010000
#define JS_FASYNC     00020000
#define JS_O_ASYNC    JS_FASYNC
/* JS_O_DIRECT, JS_O_LARGEFILE, JS_O_DIRECTORY, JS_O_NOFOLLOW: arch/abi.h */
#define JS_O_NOATIME  01000000
#define JS_O_CLOEXEC  02000000
#define JS___O_SYNC   04000000
#define JS_O_SYNC     (JS___O_SYNC | JS_O_DSYNC)
#define JS_O_RSYNC    JS_O_SYNC
#define JS_O_PATH     010000000
#define JS___O_TMPFILE 020000000
#define JS_O_TMPFILE  (JS___O_TMPFILE | JS_O_DIRECTORY)

#define JS_AT_FDCWD            -100
#define JS_AT_SYMLINK_NOFOLLOW 0x100
#define JS_AT_EACCESS          0x200
#define JS_AT_REMOVEDIR        0x200
#define JS_AT_SYMLINK_FOLLOW   0x400
#define JS_AT_NO_AUTOMOUNT     0x800
#define JS_AT_EMPTY_PATH       0x1000
#define JS_AT_STATX_SYNC_TYPE  0x6000
#define JS_AT_STATX_SYNC_AS_STAT 0x0000
#define JS_AT_STATX_FORCE_SYNC 0x2000
#define JS_AT_STATX_DONT_SYNC  0x4000
#define JS_AT_RECURSIVE        0x8000

#define JS_S_IFMT   00170000
#define JS_S_IFSOCK 0140000
#define JS_S_IFLNK  0120000
#define JS_S_IFREG  0100000
#define JS_S_IFBLK  0060000
#define JS_S_IFDIR  0040000
#define JS_S_IFCHR  0020000
#define JS_S_IFIFO  0010000
#define JS_S_ISUID  0004000
#define JS_S_ISGID  0002000
#define JS_S_ISVTX  0001000
#define JS_S_IRWXU  00700
#define JS_S_IRUSR  00400
#define JS_S_IWUSR  00200
#define JS_S_IXUSR  00100
#define JS_S_IRWXG  00070
#define JS_S_IRGRP  00040
#define JS_S_IWGRP  00020
#define JS_S_IXGRP  00010
#define JS_S_IRWXO  00007
#define JS_S_IROTH  00004
#define JS_S_IWOTH  00002
#define JS_S_IXOTH  00001
#define JS_S_ISLNK(m)  (((m) & JS_S_IFMT) == JS_S_IFLNK)
#define JS_S_ISREG(m)  (((m) & JS_S_IFMT) == JS_S_IFREG)
#define JS_S_ISDIR(m)  (((m) & JS_S_IFMT) == JS_S_IFDIR)
#define JS_S_ISCHR(m)  (((m) & JS_S_IFMT) == JS_S_IFCHR)
#define JS_S_ISBLK(m)  (((m) & JS_S_IFMT) == JS_S_IFBLK)
#define JS_S_ISFIFO(m) (((m) & JS_S_IFMT) == JS_S_IFIFO)
#define JS_S_ISSOCK(m) (((m) & JS_S_IFMT) == JS_S_IFSOCK)

#define JS_SEEK_SET  0
#define JS_SEEK_CUR  1
#define JS_SEEK_END  2
#define JS_SEEK_DATA 3
#define JS_SEEK_HOLE 4

#define JS_F_OK 0
#define JS_X_OK 1
#define JS_W_OK 2
#define JS_R_OK 4

#define JS_DT_UNKNOWN 0
#define JS_DT_FIFO    1
#define JS_DT_CHR     2
#define JS_DT_DIR     4
#define JS_DT_BLK     6
#define JS_DT_REG     8
#define JS_DT_LNK     10
#define JS_DT_SOCK    12
#define JS_DT_WHT     14

#define JS_UTIME_NOW  ((1l << 30) - 1l)
#define JS_UTIME_OMIT ((1l << 30) - 2l)

#define JS_RENAME_NOREPLACE (1 << 0)
#define JS_RENAME_EXCHANGE  (1 << 1)
#define JS_RENAME_WHITEOUT  (1 << 2)

#define JS_STATX_TYPE        0x00000001U
#define JS_STATX_MODE        0x00000002U
#define JS_STATX_NLINK       0x00000004U
#define JS_STATX_UID         0x00000008U
#define JS_STATX_GID         0x00000010U
#define JS_STATX_ATIME       0x00000020U
#define JS_STATX_MTIME       0x00000040U
#define JS_STATX_CTIME       0x00000080U
#define JS_STATX_INO         0x00000100U
#define JS_STATX_SIZE        0x00000200U
#define JS_STATX_BLOCKS      0x00000400U
#define JS_STATX_BASIC_STATS 0x000007ffU
#define JS_STATX_BTIME       0x00000800U
#define JS_STATX_MNT_ID      0x00001000U
#define JS_STATX_DIOALIGN    0x00002000U
#define JS_STATX__RESERVED   0x80000000U
#define JS_STATX_ALL         0x00000fffU
#define JS_STATX_ATTR_COMPRESSED 0x00000004
#define JS_STATX_ATTR_IMMUTABLE  0x00000010
#define JS_STATX_ATTR_APPEND     0x00000020
#define JS_STATX_ATTR_NODUMP     0x00000040
#define JS_STATX_ATTR_ENCRYPTED  0x00000800
#define JS_STATX_ATTR_AUTOMOUNT  0x00001000
#define JS_STATX_ATTR_MOUNT_ROOT 0x00002000
#define JS_STATX_ATTR_VERITY     0x00100000
#define JS_STATX_ATTR_DAX        0x00200000

/* Longest path the kernel accepts, with its NUL (linux/limits.h). */
#define JS_PATH_MAX 4096
#define JS_NAME_MAX 255

/* ---- Reading and writing ------------------------------------------- */

long js_read(int fd, void *buf, size_t count);                  /* read(2) */
long js_write(int fd, const void *buf, size_t count);           /* write(2) */
long js_pread(int fd, void *buf, size_t count, long offset);    /* pread64: pread(2) */
long js_pwrite(int fd, const void *buf, size_t count, long offset); /* pwrite(2) */
long js_readv(int fd, const struct js_iovec *iov, int iovcnt);  /* readv(2) */
long js_writev(int fd, const struct js_iovec *iov, int iovcnt); /* writev(2) */
long js_lseek(int fd, long offset, int whence);                 /* lseek(2) */
long js_sendfile(int out_fd, int in_fd, long *offset, size_t count); /* sendfile(2) */
long js_copy_file_range(int fd_in, long *off_in, int fd_out, long *off_out,
			size_t len, unsigned int flags);        /* copy_file_range(2) */
long js_fsync(int fd);                                          /* fsync(2) */
long js_fdatasync(int fd);                                      /* fdatasync(2) */

/* ---- Opening, closing, descriptors ---------------------------------- */

/* open(2): pass a third argument (the mode) with O_CREAT or O_TMPFILE. */
long js_open(const char *path, int flags, ...);
long js_openat(int dirfd, const char *path, int flags, ...);    /* openat(2) */
long js_close(int fd);                                          /* close(2) */
long js_dup(int oldfd);                                         /* dup(2) */
long js_dup2(int oldfd, int newfd);                             /* dup2(2) */
long js_dup3(int oldfd, int newfd, int flags);                  /* dup3(2) */
long js_pipe(int fds[2]);                                       /* pipe(2) */
long js_pipe2(int fds[2], int flags);                           /* pipe2(2) */

/* ---- Metadata --------------------------------------------------------- */

long js_stat(const char *path, struct js_stat *st);             /* stat(2) */
long js_lstat(const char *path, struct js_stat *st);            /* lstat(2) */
long js_fstat(int fd, struct js_stat *st);                      /* fstat(2) */
/* newfstatat: fstatat(2) */
long js_fstatat(int dirfd, const char *path, struct js_stat *st, int flags);
long js_statx(int dirfd, const char *path, int flags, unsigned int mask,
	      struct js_statx *stx);                            /* statx(2) */
long js_access(const char *path, int mode);                     /* access(2) */
long js_faccessat2(int dirfd, const char *path, int mode, int flags); /* faccessat2(2) */
long js_chmod(const char *path, unsigned int mode);             /* chmod(2) */
long js_fchmod(int fd, unsigned int mode);                      /* fchmod(2) */
/* fchmodat(2); flags != 0 uses fchmodat2 (Linux 6.6+, else -ENOSYS). */
long js_fchmodat(int dirfd, const char *path, unsigned int mode, int flags);
long js_chown(const char *path, unsigned int owner, unsigned int group);  /* chown(2) */
long js_fchown(int fd, unsigned int owner, unsigned int group);          /* fchown(2) */
long js_lchown(const char *path, unsigned int owner, unsigned int group); /* lchown(2) */
long js_fchownat(int dirfd, const char *path, unsigned int owner,
		 unsigned int group, int flags);                /* fchownat(2) */
long js_truncate(const char *path, long length);                /* truncate(2) */
long js_ftruncate(int fd, long length);                         /* ftruncate(2) */
long js_utime(const char *path, const struct js_utimbuf *times); /* utime(2) */
long js_utimes(const char *path, const struct js_timeval times[2]); /* utimes(2) */
/* utimensat(2).  A NULL path is passed on as the kernel takes it: the file
 * dirfd refers to (glibc refuses it with EINVAL). */
long js_utimensat(int dirfd, const char *path,
		  const struct js_timespec times[2], int flags);
/* futimens(3): utimensat(fd, NULL, times, 0); -JS_EBADF for fd < 0. */
long js_futimens(int fd, const struct js_timespec times[2]);

/* ---- Names and directories ------------------------------------------ */

long js_rename(const char *oldpath, const char *newpath);       /* rename(2) */
long js_renameat(int olddirfd, const char *oldpath, int newdirfd,
		 const char *newpath);                          /* renameat(2) */
long js_renameat2(int olddirfd, const char *oldpath, int newdirfd,
		  const char *newpath, unsigned int flags);     /* renameat2(2) */
long js_link(const char *oldpath, const char *newpath);         /* link(2) */
long js_linkat(int olddirfd, const char *oldpath, int newdirfd,
	       const char *newpath, int flags);                 /* linkat(2) */
long js_symlink(const char *target, const char *linkpath);      /* symlink(2) */
long js_symlinkat(const char *target, int newdirfd, const char *linkpath); /* symlinkat(2) */
long js_readlink(const char *path, char *buf, size_t size);     /* readlink(2) */
long js_readlinkat(int dirfd, const char *path, char *buf, size_t size); /* readlinkat(2) */
long js_unlink(const char *path);                               /* unlink(2) */
long js_unlinkat(int dirfd, const char *path, int flags);       /* unlinkat(2) */
long js_mkdir(const char *path, unsigned int mode);             /* mkdir(2) */
long js_mkdirat(int dirfd, const char *path, unsigned int mode); /* mkdirat(2) */
long js_rmdir(const char *path);                                /* rmdir(2) */
long js_chdir(const char *path);                                /* chdir(2) */
long js_fchdir(int fd);                                         /* fchdir(2) */
/* getcwd(2), the raw call: the length written *including* the NUL.  As
 * the kernel answers: a directory outside the process's root comes back as
 * "(unreachable)/..." with success (getcwd(2), BUGS); js_cwd says
 * -JS_ENOENT instead. */
long js_getcwd(char *buf, size_t size);
/* getdents64(2); count is capped at 0x7ffff000 (the kernel's is an
 * unsigned int), as glibc does. */
long js_getdents64(int fd, void *dirp, size_t count);

/* ---- Helpers (allocation-free; see docs/api.md, "Helpers") ---------------- */

/* The JavaScript libjs's write(string), without its stray NUL: writes strlen(s) bytes.
 * s == NULL gives -JS_EFAULT. */
long js_write_str(int fd, const char *s);

/* Writes all count bytes, looping over short writes and EINTR.  Returns
 * count, or -errno from the call that failed (bytes before it were
 * written).  A write that makes no progress gives -JS_EIO. */
long js_write_all(int fd, const void *buf, size_t count);

/* The current directory into buf, NUL-terminated, as snprintf(3) does:
 * returns the path's length without the NUL, even when it did not fit; a
 * result >= size means buf holds a truncated path (size > 0).  When the
 * caller's buffer is too small it asks again with a JS_PATH_MAX buffer on
 * its own stack (the JavaScript libjs's retry) to learn the length, and has the kernel
 * copy what fits (a bad buf is -JS_EFAULT).  -errno on other failures
 * (-JS_ENOENT when the directory was removed or lies outside the process's
 * root, -JS_ENAMETOOLONG when the path is longer than JS_PATH_MAX - 1
 * bytes). */
long js_cwd(char *buf, size_t size);

/* A directory iterator over a buffer the caller supplies (stack, static or
 * mapped).  JS_DIR_BUFSIZE is glibc's readdir buffer size, so a listing
 * takes as few getdents64 calls as glibc's; any size >= JS_DIR_MIN (one
 * maximal entry) works, smaller gives -JS_EINVAL at open.  Records hold
 * 8-byte fields, so an unaligned buffer is used from its first 8-aligned
 * byte (and must still hold JS_DIR_MIN from there). */
#define JS_DIR_BUFSIZE 32768
#define JS_DIR_MIN 280  /* 19-byte header + 255-byte name + NUL, 8-aligned */
struct js_dir {
	int fd;         /* -1 once closed or never opened */
	unsigned int pos, end, size;
	char *buf;
};
/* Opens path (O_RDONLY|O_DIRECTORY|O_CLOEXEC).  0 or -errno; on error no
 * fd is left open and d reads as closed. */
long js_dir_open(struct js_dir *d, const char *path, void *buf, size_t size);
long js_dir_openat(struct js_dir *d, int dirfd, const char *path, void *buf,
		   size_t size);
/* Next entry into *ent (valid until the next call): 1, 0 at the end, or
 * -errno (-JS_EBADF after close). */
long js_dir_read(struct js_dir *d, const struct js_linux_dirent64 **ent);
/* Closes the directory: 0 or -errno; a second close gives -JS_EBADF. */
long js_dir_close(struct js_dir *d);
/* ---- Toolkit (issue 13) ---- */
/* The iterator's directory fd, for js_fstatat/js_openat on each entry's
 * name without opening the directory again; -1 once closed.  The fd
 * stays the iterator's: do not close it or move its offset. */
int js_dir_fd(const struct js_dir *d);
/* ---- end toolkit ---- */

/* The JavaScript libjs's readdirList: the names in path except "." and "..", each
 * NUL-terminated, back to back in names[0..size).  Returns the bytes used,
 * -JS_ERANGE if they do not fit, or -errno.  The directory is read straight
 * into the unused part of names (the last records through one maximal
 * record of stack), so a buffer of exactly the names' size is enough. */
long js_readdir_list(const char *path, char *names, size_t size);


/* ==== Issue 14, files: more file calls (statfs .. file_setattr) ======== *
 * Reference: docs/files.md.  Layouts are proven in
 * tests/host/test_fs_more_layout_kernel.c (x86_64, kernel and glibc) and
 * tests/sh/test_fs_more_arch_layout.sh (all three architectures). */

/* struct statfs, include/uapi/asm-generic/statfs.h with a 64-bit
 * __statfs_word (x86_64, aarch64 and riscv64 all use it). */
typedef struct {
	int val[2];
} js_fsid_t;
struct js_statfs {
	long f_type;
	long f_bsize;
	unsigned long f_blocks;
	unsigned long f_bfree;
	unsigned long f_bavail;
	unsigned long f_files;
	unsigned long f_ffree;
	js_fsid_t f_fsid;
	long f_namelen;
	long f_frsize;
	long f_flags;
	long f_spare[4];
};

/* struct open_how, include/uapi/linux/openat2.h (openat2(2)). */
struct js_open_how {
	uint64_t flags;
	uint64_t mode;
	uint64_t resolve;
};
#define JS_OPEN_HOW_SIZE_VER0 24

/* struct file_handle, include/uapi/linux/fcntl.h via linux/fs.h
 * (name_to_handle_at(2)): f_handle has handle_bytes bytes.  Declare
 * storage with JS_FILE_HANDLE_DECL or allocate
 * sizeof(struct js_file_handle) + JS_MAX_HANDLE_SZ bytes. */
struct js_file_handle {
	uint32_t handle_bytes;
	int handle_type;
	JS__FLEX_BEGIN
	unsigned char f_handle[];
	JS__FLEX_END
};
#define JS_MAX_HANDLE_SZ 128
/* A handle with room for the largest f_handle, as a union so that it
 * has the struct's alignment: JS_FILE_HANDLE_DECL(h); ... &h.fh */
#define JS_FILE_HANDLE_DECL(name)                                              \
	union {                                                                \
		struct js_file_handle fh;                                      \
		unsigned char bytes_[8 + JS_MAX_HANDLE_SZ];                    \
	} name

/* struct xattr_args, include/uapi/linux/xattr.h (Linux 6.13, the
 * *xattrat calls): value is a user pointer carried as a u64. */
struct js_xattr_args {
	uint64_t value;
	uint32_t size;
	uint32_t flags;
};
#define JS_XATTR_ARGS_SIZE_VER0 16

/* struct if_dqblk and if_dqinfo, include/uapi/linux/quota.h (glibc's
 * struct dqblk and dqinfo in <sys/quota.h>: the same bytes). */
struct js_dqblk {
	uint64_t dqb_bhardlimit;
	uint64_t dqb_bsoftlimit;
	uint64_t dqb_curspace;
	uint64_t dqb_ihardlimit;
	uint64_t dqb_isoftlimit;
	uint64_t dqb_curinodes;
	uint64_t dqb_btime;
	uint64_t dqb_itime;
	uint32_t dqb_valid;
};
/* struct if_nextdqblk (Q_GETNEXTQUOTA): js_dqblk plus the id found. */
struct js_nextdqblk {
	uint64_t dqb_bhardlimit;
	uint64_t dqb_bsoftlimit;
	uint64_t dqb_curspace;
	uint64_t dqb_ihardlimit;
	uint64_t dqb_isoftlimit;
	uint64_t dqb_curinodes;
	uint64_t dqb_btime;
	uint64_t dqb_itime;
	uint32_t dqb_valid;
	uint32_t dqb_id;
};
struct js_dqinfo {
	uint64_t dqi_bgrace;
	uint64_t dqi_igrace;
	uint32_t dqi_flags;
	uint32_t dqi_valid;
};

/* struct cachestat_range and cachestat, include/uapi/linux/mman.h
 * (Linux 6.5, cachestat(2)). */
struct js_cachestat_range {
	uint64_t off;
	uint64_t len;
};
struct js_cachestat {
	uint64_t nr_cache;
	uint64_t nr_dirty;
	uint64_t nr_writeback;
	uint64_t nr_evicted;
	uint64_t nr_recently_evicted;
};

/* struct file_attr, include/uapi/linux/fs.h (Linux 6.17,
 * file_getattr(2)/file_setattr(2)); fa_xflags takes JS_FS_XFLAG_*. */
struct js_file_attr {
	uint64_t fa_xflags;
	uint32_t fa_extsize;
	uint32_t fa_nextents;
	uint32_t fa_projid;
	uint32_t fa_cowextsize;
};
#define JS_FILE_ATTR_SIZE_VER0 24

/* dev_t as glibc's <sys/sysmacros.h> encodes it (64 bits: major 12+20
 * bits, minor 8+24 bits, the low 32 bits being the kernel's
 * new_encode_dev for numbers that fit in it). */
#define JS_makedev(ma, mi)                                                     \
	((((uint64_t)(ma) & 0x00000fffu) << 8) |                               \
	 (((uint64_t)(ma) & 0xfffff000u) << 32) |                              \
	 ((uint64_t)(mi) & 0x000000ffu) |                                      \
	 (((uint64_t)(mi) & 0xffffff00u) << 12))
#define JS_major(dev)                                                          \
	((unsigned int)((((uint64_t)(dev) & 0x00000000000fff00u) >> 8) |       \
			(((uint64_t)(dev) & 0xfffff00000000000u) >> 32)))
#define JS_minor(dev)                                                          \
	((unsigned int)(((uint64_t)(dev) & 0x00000000000000ffu) |              \
			(((uint64_t)(dev) & 0x00000ffffff00000u) >> 12)))

/* fallocate(2): include/uapi/linux/falloc.h */
#define JS_FALLOC_FL_ALLOCATE_RANGE 0x00
#define JS_FALLOC_FL_KEEP_SIZE      0x01
#define JS_FALLOC_FL_PUNCH_HOLE     0x02
#define JS_FALLOC_FL_NO_HIDE_STALE  0x04
#define JS_FALLOC_FL_COLLAPSE_RANGE 0x08
#define JS_FALLOC_FL_ZERO_RANGE     0x10
#define JS_FALLOC_FL_INSERT_RANGE   0x20
#define JS_FALLOC_FL_UNSHARE_RANGE  0x40
#define JS_FALLOC_FL_WRITE_ZEROES   0x80  /* 6.17 */

/* flock(2): include/uapi/asm-generic/fcntl.h.  LOCK_MAND and its
 * companions are accepted and ignored since Linux 5.15. */
#define JS_LOCK_SH    1
#define JS_LOCK_EX    2
#define JS_LOCK_NB    4
#define JS_LOCK_UN    8
#define JS_LOCK_MAND  32
#define JS_LOCK_READ  64
#define JS_LOCK_WRITE 128
#define JS_LOCK_RW    192

/* posix_fadvise(2): include/uapi/linux/fadvise.h (the values every
 * architecture but s390 uses). */
#define JS_POSIX_FADV_NORMAL     0
#define JS_POSIX_FADV_RANDOM     1
#define JS_POSIX_FADV_SEQUENTIAL 2
#define JS_POSIX_FADV_WILLNEED   3
#define JS_POSIX_FADV_DONTNEED   4
#define JS_POSIX_FADV_NOREUSE    5

/* sync_file_range(2): include/uapi/linux/fs.h */
#define JS_SYNC_FILE_RANGE_WAIT_BEFORE    1
#define JS_SYNC_FILE_RANGE_WRITE          2
#define JS_SYNC_FILE_RANGE_WAIT_AFTER     4
#define JS_SYNC_FILE_RANGE_WRITE_AND_WAIT 7

/* splice(2), tee(2), vmsplice(2): include/linux/splice.h */
#define JS_SPLICE_F_MOVE     1
#define JS_SPLICE_F_NONBLOCK 2
#define JS_SPLICE_F_MORE     4
#define JS_SPLICE_F_GIFT     8

/* preadv2(2)/pwritev2(2) flags: include/uapi/linux/fs.h */
#define JS_RWF_HIPRI     0x00000001
#define JS_RWF_DSYNC     0x00000002
#define JS_RWF_SYNC      0x00000004
#define JS_RWF_NOWAIT    0x00000008
#define JS_RWF_APPEND    0x00000010
#define JS_RWF_NOAPPEND  0x00000020  /* 6.9 */
#define JS_RWF_ATOMIC    0x00000040  /* 6.11 */
#define JS_RWF_DONTCACHE 0x00000080  /* 6.14 */
#define JS_RWF_NOSIGNAL  0x00000100  /* 6.18 */

/* close_range(2): include/uapi/linux/close_range.h */
#define JS_CLOSE_RANGE_UNSHARE (1U << 1)
#define JS_CLOSE_RANGE_CLOEXEC (1U << 2)

/* openat2(2) resolve flags: include/uapi/linux/openat2.h */
#define JS_RESOLVE_NO_XDEV       0x01
#define JS_RESOLVE_NO_MAGICLINKS 0x02
#define JS_RESOLVE_NO_SYMLINKS   0x04
#define JS_RESOLVE_BENEATH       0x08
#define JS_RESOLVE_IN_ROOT       0x10
#define JS_RESOLVE_CACHED        0x20

/* Extended attributes: include/uapi/linux/xattr.h, linux/limits.h */
#define JS_XATTR_CREATE   0x1
#define JS_XATTR_REPLACE  0x2
#define JS_XATTR_NAME_MAX 255
#define JS_XATTR_SIZE_MAX 65536
#define JS_XATTR_LIST_MAX 65536

/* name_to_handle_at(2) flags: include/uapi/linux/fcntl.h */
#define JS_AT_HANDLE_FID              0x200  /* 6.5 (= AT_REMOVEDIR) */
#define JS_AT_HANDLE_MNT_ID_UNIQUE    0x001  /* 6.12: mount_id is a u64 */
#define JS_AT_HANDLE_CONNECTABLE      0x002  /* 6.13 */

/* quotactl(2): include/uapi/linux/quota.h, linux/dqblk_xfs.h */
#define JS_SUBCMDMASK  0x00ff
#define JS_SUBCMDSHIFT 8
#define JS_QCMD(cmd, type)                                                     \
	((int)(((unsigned int)(cmd) << JS_SUBCMDSHIFT) |                       \
	       ((unsigned int)(type) & JS_SUBCMDMASK)))
#define JS_USRQUOTA 0
#define JS_GRPQUOTA 1
#define JS_PRJQUOTA 2
#define JS_Q_SYNC         0x800001
#define JS_Q_QUOTAON      0x800002
#define JS_Q_QUOTAOFF     0x800003
#define JS_Q_GETFMT       0x800004
#define JS_Q_GETINFO      0x800005
#define JS_Q_SETINFO      0x800006
#define JS_Q_GETQUOTA     0x800007
#define JS_Q_SETQUOTA     0x800008
#define JS_Q_GETNEXTQUOTA 0x800009
#define JS_Q_XQUOTAON     0x5801
#define JS_Q_XQUOTAOFF    0x5802
#define JS_Q_XGETQUOTA    0x5803
#define JS_Q_XSETQLIM     0x5804
#define JS_Q_XGETQSTAT    0x5805
#define JS_Q_XQUOTARM     0x5806
#define JS_Q_XQUOTASYNC   0x5807
#define JS_Q_XGETQSTATV   0x5808
#define JS_Q_XGETNEXTQUOTA 0x5809
#define JS_QFMT_VFS_OLD 1
#define JS_QFMT_VFS_V0  2
#define JS_QFMT_OCFS2   3
#define JS_QFMT_VFS_V1  4
#define JS_QFMT_SHMEM   5  /* 6.6 */
#define JS_QIF_BLIMITS 1
#define JS_QIF_SPACE   2
#define JS_QIF_ILIMITS 4
#define JS_QIF_INODES  8
#define JS_QIF_BTIME   16
#define JS_QIF_ITIME   32
#define JS_QIF_LIMITS  (JS_QIF_BLIMITS | JS_QIF_ILIMITS)
#define JS_QIF_USAGE   (JS_QIF_SPACE | JS_QIF_INODES)
#define JS_QIF_TIMES   (JS_QIF_BTIME | JS_QIF_ITIME)
#define JS_QIF_ALL     (JS_QIF_LIMITS | JS_QIF_USAGE | JS_QIF_TIMES)
#define JS_IIF_BGRACE 1
#define JS_IIF_IGRACE 2
#define JS_IIF_FLAGS  4
#define JS_IIF_ALL    (JS_IIF_BGRACE | JS_IIF_IGRACE | JS_IIF_FLAGS)

/* swapon(2): include/linux/swap.h (not UAPI; glibc's <sys/swap.h>). */
#define JS_SWAP_FLAG_PREFER        0x8000
#define JS_SWAP_FLAG_PRIO_MASK     0x7fff
#define JS_SWAP_FLAG_PRIO_SHIFT    0
#define JS_SWAP_FLAG_DISCARD       0x10000
#define JS_SWAP_FLAG_DISCARD_ONCE  0x20000
#define JS_SWAP_FLAG_DISCARD_PAGES 0x40000

/* file_attr's fa_xflags (struct fsxattr's): include/uapi/linux/fs.h */
#define JS_FS_XFLAG_REALTIME     0x00000001
#define JS_FS_XFLAG_PREALLOC     0x00000002
#define JS_FS_XFLAG_IMMUTABLE    0x00000008
#define JS_FS_XFLAG_APPEND       0x00000010
#define JS_FS_XFLAG_SYNC         0x00000020
#define JS_FS_XFLAG_NOATIME      0x00000040
#define JS_FS_XFLAG_NODUMP       0x00000080
#define JS_FS_XFLAG_RTINHERIT    0x00000100
#define JS_FS_XFLAG_PROJINHERIT  0x00000200
#define JS_FS_XFLAG_NOSYMLINKS   0x00000400
#define JS_FS_XFLAG_EXTSIZE      0x00000800
#define JS_FS_XFLAG_EXTSZINHERIT 0x00001000
#define JS_FS_XFLAG_NODEFRAG     0x00002000
#define JS_FS_XFLAG_FILESTREAM   0x00004000
#define JS_FS_XFLAG_DAX          0x00008000
#define JS_FS_XFLAG_COWEXTSIZE   0x00010000
#define JS_FS_XFLAG_HASATTR      0x80000000

/* statfs(2) f_flags: include/linux/statfs.h (ST_*, as glibc's). */
#define JS_ST_RDONLY      0x0001
#define JS_ST_NOSUID      0x0002
#define JS_ST_NODEV       0x0004
#define JS_ST_NOEXEC      0x0008
#define JS_ST_SYNCHRONOUS 0x0010
#define JS_ST_VALID       0x0020
#define JS_ST_MANDLOCK    0x0040
#define JS_ST_NOATIME     0x0400
#define JS_ST_NODIRATIME  0x0800
#define JS_ST_RELATIME    0x1000
#define JS_ST_NOSYMFOLLOW 0x2000

long js_statfs(const char *path, struct js_statfs *buf);        /* statfs(2) */
long js_fstatfs(int fd, struct js_statfs *buf);                 /* fstatfs(2) */
/* mknod(2), mknodat(2): dev is glibc's 64-bit dev_t (JS_makedev); one
 * that does not fit the kernel's 32 bits is -JS_EINVAL, as in glibc.
 * Generic table: mknod is mknodat(AT_FDCWD, ...). */
long js_mknod(const char *path, unsigned int mode, uint64_t dev);
long js_mknodat(int dirfd, const char *path, unsigned int mode, uint64_t dev);
/* creat(2): open(path, O_CREAT|O_WRONLY|O_TRUNC, mode); openat on the
 * generic table. */
long js_creat(const char *path, unsigned int mode);
/* futimesat(2): x86_64 has the call; elsewhere utimensat with the
 * microseconds checked and turned into nanoseconds, as js_utimes. */
long js_futimesat(int dirfd, const char *path, const struct js_timeval times[2]);
long js_fallocate(int fd, int mode, long offset, long len);     /* fallocate(2) */
long js_flock(int fd, int operation);                           /* flock(2) */
/* posix_fadvise(2), the fadvise64 call: -errno, where glibc's function
 * returns the positive error number. */
long js_posix_fadvise(int fd, long offset, long len, int advice);
long js_readahead(int fd, long offset, size_t count);           /* readahead(2) */
long js_sync_file_range(int fd, long offset, long nbytes,
			unsigned int flags);            /* sync_file_range(2) */
long js_splice(int fd_in, long *off_in, int fd_out, long *off_out,
	       size_t len, unsigned int flags);                 /* splice(2) */
long js_tee(int fd_in, int fd_out, size_t len, unsigned int flags); /* tee(2) */
long js_vmsplice(int fd, const struct js_iovec *iov, size_t nr_segs,
		 unsigned int flags);                           /* vmsplice(2) */
/* preadv(2) and friends.  The kernel takes the offset as pos_l, pos_h
 * (and joins them; a 64-bit kernel uses pos_l alone): libjs passes the
 * offset and its high half, as glibc does.  preadv2/pwritev2 with offset
 * -1 use and move the file position. */
long js_preadv(int fd, const struct js_iovec *iov, int iovcnt, long offset);
long js_pwritev(int fd, const struct js_iovec *iov, int iovcnt, long offset);
long js_preadv2(int fd, const struct js_iovec *iov, int iovcnt, long offset,
		int flags);
long js_pwritev2(int fd, const struct js_iovec *iov, int iovcnt, long offset,
		 int flags);
/* close_range(2) */
long js_close_range(unsigned int first, unsigned int last, int flags);
/* openat2(2): size is sizeof(struct js_open_how). */
long js_openat2(int dirfd, const char *path, const struct js_open_how *how,
		size_t size);

/* Extended attributes: setxattr(2), getxattr(2), listxattr(2),
 * removexattr(2); l* do not follow a final symlink, f* take an fd. */
long js_setxattr(const char *path, const char *name, const void *value,
		 size_t size, int flags);
long js_lsetxattr(const char *path, const char *name, const void *value,
		  size_t size, int flags);
long js_fsetxattr(int fd, const char *name, const void *value, size_t size,
		  int flags);
long js_getxattr(const char *path, const char *name, void *value, size_t size);
long js_lgetxattr(const char *path, const char *name, void *value, size_t size);
long js_fgetxattr(int fd, const char *name, void *value, size_t size);
long js_listxattr(const char *path, char *list, size_t size);
long js_llistxattr(const char *path, char *list, size_t size);
long js_flistxattr(int fd, char *list, size_t size);
long js_removexattr(const char *path, const char *name);
long js_lremovexattr(const char *path, const char *name);
long js_fremovexattr(int fd, const char *name);
/* The *xattrat calls (Linux 6.13; setxattrat(2)): at_flags are
 * AT_SYMLINK_NOFOLLOW and AT_EMPTY_PATH; args->value points at the value,
 * size is sizeof(struct js_xattr_args). */
long js_setxattrat(int dirfd, const char *path, unsigned int at_flags,
		   const char *name, const struct js_xattr_args *args,
		   size_t size);
long js_getxattrat(int dirfd, const char *path, unsigned int at_flags,
		   const char *name, struct js_xattr_args *args, size_t size);
long js_listxattrat(int dirfd, const char *path, unsigned int at_flags,
		    char *list, size_t size);
long js_removexattrat(int dirfd, const char *path, unsigned int at_flags,
		      const char *name);

/* name_to_handle_at(2), open_by_handle_at(2).  handle->handle_bytes says
 * how much room f_handle has; with JS_AT_HANDLE_MNT_ID_UNIQUE mount_id
 * must point at a uint64_t. */
long js_name_to_handle_at(int dirfd, const char *path,
			  struct js_file_handle *handle, int *mount_id,
			  int flags);
long js_open_by_handle_at(int mount_fd, struct js_file_handle *handle,
			  int flags);

/* quotactl(2): cmd is JS_QCMD(JS_Q_*, type). */
long js_quotactl(int cmd, const char *special, int id, void *addr);
/* quotactl_fd(2) (Linux 5.14): the filesystem of fd; cmd as above. */
long js_quotactl_fd(unsigned int fd, unsigned int cmd, int id, void *addr);
long js_swapon(const char *path, int swapflags);                /* swapon(2) */
long js_swapoff(const char *path);                              /* swapoff(2) */
long js_acct(const char *filename);                             /* acct(2) */
/* cachestat(2) (Linux 6.5): flags must be 0. */
long js_cachestat(unsigned int fd, const struct js_cachestat_range *range,
		  struct js_cachestat *cstat, unsigned int flags);
/* file_getattr(2), file_setattr(2) (Linux 6.17): usize is
 * sizeof(struct js_file_attr); at_flags AT_SYMLINK_NOFOLLOW,
 * AT_EMPTY_PATH. */
long js_file_getattr(int dirfd, const char *path, struct js_file_attr *fattr,
		     size_t usize, unsigned int at_flags);
long js_file_setattr(int dirfd, const char *path,
		     const struct js_file_attr *fattr, size_t usize,
		     unsigned int at_flags);
/* ==== end of issue 14, files ========================================== */

/* ==== tdec1 (issue 11): filesystem magic numbers, statfs(2)'s f_type,
 * as include/uapi/linux/magic.h numbers them (the trace names them). */
#define JS_EXT2_SUPER_MAGIC      0xEF53
#define JS_TMPFS_MAGIC           0x01021994
#define JS_RAMFS_MAGIC           0x858458f6
#define JS_PROC_SUPER_MAGIC      0x9fa0
#define JS_SYSFS_MAGIC           0x62656572
#define JS_DEVPTS_SUPER_MAGIC    0x1cd1
#define JS_CGROUP2_SUPER_MAGIC   0x63677270
#define JS_BTRFS_SUPER_MAGIC     0x9123683E
#define JS_XFS_SUPER_MAGIC       0x58465342
#define JS_OVERLAYFS_SUPER_MAGIC 0x794c7630
#define JS_NFS_SUPER_MAGIC       0x6969
#define JS_FUSE_SUPER_MAGIC      0x65735546
#define JS_SQUASHFS_MAGIC        0x73717368
#define JS_V9FS_MAGIC            0x01021997
#define JS_MSDOS_SUPER_MAGIC     0x4d44
/* ioctl(2) requests every file or terminal answers (ioctl_tty(2),
 * ioctl_fionread... include/uapi/asm-generic/ioctls.h, which x86_64,
 * aarch64 and riscv64 all use), and the request number's fields
 * (asm-generic/ioctl.h: nr 8 bits, type 8, size 14, direction 2). */
#define JS_TCGETS     0x5401
#define JS_TCSETS     0x5402
#define JS_TCSETSW    0x5403
#define JS_TCSETSF    0x5404
#define JS_TIOCGPGRP  0x540F
#define JS_TIOCSPGRP  0x5410
#define JS_TIOCOUTQ   0x5411
#define JS_TIOCGWINSZ 0x5413
#define JS_TIOCSWINSZ 0x5414
#define JS_FIONREAD   0x541B
#define JS_FIONBIO    0x5421
#define JS_FIONCLEX   0x5450
#define JS_FIOCLEX    0x5451
#define JS_FIOASYNC   0x5452
#define JS_IOC_NRBITS    8
#define JS_IOC_TYPEBITS  8
#define JS_IOC_SIZEBITS  14
#define JS_IOC_NRSHIFT   0
#define JS_IOC_TYPESHIFT 8
#define JS_IOC_SIZESHIFT 16
#define JS_IOC_DIRSHIFT  30
#define JS_IOC_NONE  0U
#define JS_IOC_WRITE 1U
#define JS_IOC_READ  2U
struct js_winsize {
	unsigned short ws_row;
	unsigned short ws_col;
	unsigned short ws_xpixel;
	unsigned short ws_ypixel;
};
/* ==== end tdec1 ==== */

#ifdef __cplusplus
}
#endif

#endif
