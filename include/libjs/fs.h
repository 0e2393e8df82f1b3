/* Files and directories: the seed's file API and its everyday neighbours.
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
	char d_name[];
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

/* The seed's write(string), without its stray NUL: writes strlen(s) bytes.
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
 * its own stack (the seed's retry) to learn the length, and has the kernel
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

/* The seed's readdirList: the names in path except "." and "..", each
 * NUL-terminated, back to back in names[0..size).  Returns the bytes used,
 * -JS_ERANGE if they do not fit, or -errno.  The directory is read straight
 * into the unused part of names (the last records through one maximal
 * record of stack), so a buffer of exactly the names' size is enough. */
long js_readdir_list(const char *path, char *names, size_t size);

#ifdef __cplusplus
}
#endif

#endif
