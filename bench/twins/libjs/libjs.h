/* bench/examples.sh: the examples' own sources built against glibc and
 * musl (static) through this header, which maps each libjs call an
 * example makes to the libc function that does the same job (results as
 * -errno, as libjs's): js_dprintf is dprintf, js_qsort qsort, js_gmtime
 * gmtime_r, js_execvpe execvpe, js_getopt getopt, the directory iterator
 * opendir/readdir, and so on.  So each twin is the same program, with
 * libc underneath instead of libjs.  x86_64 only: struct js_stat and
 * struct js_statfs are the x86_64 kernel layouts, which are glibc's and
 * musl's struct stat and struct statfs there (checked below). */
#ifndef BENCH_TWIN_LIBJS_H
#define BENCH_TWIN_LIBJS_H

#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <time.h>
#include <unistd.h>

static inline long TW_R(long x) { return x < 0 ? -(long)errno : x; }

/* ---- Constants: libc's own names. */
#define JS_O_RDONLY O_RDONLY
#define JS_O_CLOEXEC O_CLOEXEC
#define JS_O_DIRECTORY O_DIRECTORY
#define JS_AT_FDCWD AT_FDCWD
#define JS_AT_SYMLINK_NOFOLLOW AT_SYMLINK_NOFOLLOW
#define JS_AT_REMOVEDIR AT_REMOVEDIR
#define JS_X_OK X_OK
#define JS_PATH_MAX PATH_MAX
#define JS_EINTR EINTR
#define JS_E2BIG E2BIG
#define JS_ENODEV ENODEV
#define JS_EINVAL EINVAL
#define JS_EFBIG EFBIG
#define JS_ENOTEMPTY ENOTEMPTY
#define JS_ENOTBLK ENOTBLK
#define JS_ENOENT ENOENT
#define JS_ENAMETOOLONG ENAMETOOLONG
#define JS_EBUSY EBUSY
#define JS_S_ISDIR S_ISDIR
#define JS_S_ISCHR S_ISCHR
#define JS_S_ISBLK S_ISBLK
#define JS_S_ISLNK S_ISLNK
#define JS_S_IFIFO S_IFIFO
#define JS_S_IFCHR S_IFCHR
#define JS_S_IFBLK S_IFBLK
#define JS_makedev makedev
#define JS_major major
#define JS_minor minor
#define JS_MNT_FORCE MNT_FORCE
#define JS_MNT_DETACH MNT_DETACH
/* mount(2) flags: linux/mount.h (not all are in musl 1.2.3's sys/mount.h). */
#define JS_MS_RDONLY      1
#define JS_MS_NOSUID      2
#define JS_MS_NODEV       4
#define JS_MS_NOEXEC      8
#define JS_MS_SYNCHRONOUS 16
#define JS_MS_REMOUNT     32
#define JS_MS_MANDLOCK    64
#define JS_MS_DIRSYNC     128
#define JS_MS_NOSYMFOLLOW 256
#define JS_MS_NOATIME     1024
#define JS_MS_NODIRATIME  2048
#define JS_MS_BIND        4096
#define JS_MS_MOVE        8192
#define JS_MS_REC         16384
#define JS_MS_SILENT      32768
#define JS_MS_UNBINDABLE  (1 << 17)
#define JS_MS_PRIVATE     (1 << 18)
#define JS_MS_SLAVE       (1 << 19)
#define JS_MS_SHARED      (1 << 20)
#define JS_MS_RELATIME    (1 << 21)
#define JS_MS_I_VERSION   (1 << 23)
#define JS_MS_STRICTATIME (1 << 24)
#define JS_MS_LAZYTIME    (1 << 25)
/* statx(2): linux/stat.h (musl 1.2.3 has no statx). */
#define JS_STATX_TYPE 0x1U
#define JS_STATX_INO 0x100U
#define JS_STATX_ATTR_MOUNT_ROOT 0x2000

/* ---- Types. */
struct js_timespec {
	long tv_sec, tv_nsec;
};
struct js_stat {
	unsigned long st_dev, st_ino, st_nlink;
	unsigned int st_mode, st_uid, st_gid, pad0;
	unsigned long st_rdev;
	long st_size, st_blksize, st_blocks;
	struct js_timespec st_atim, st_mtim, st_ctim;
	long unused[3];
};
_Static_assert(sizeof(struct js_stat) == sizeof(struct stat), "x86_64 struct stat");
struct js_statfs {
	long f_type, f_bsize;
	unsigned long f_blocks, f_bfree, f_bavail, f_files, f_ffree;
	int f_fsid[2];
	long f_namelen, f_frsize, f_flags, f_spare[4];
};
_Static_assert(sizeof(struct js_statfs) == sizeof(struct statfs), "x86_64 struct statfs");
struct js_statx {
	uint32_t stx_mask, stx_blksize;
	uint64_t stx_attributes;
	uint32_t stx_nlink, stx_uid, stx_gid;
	uint16_t stx_mode, spare0;
	uint64_t stx_ino, stx_size, stx_blocks, stx_attributes_mask;
	struct { int64_t tv_sec; uint32_t tv_nsec; int32_t r; } stx_atime, stx_btime, stx_ctime, stx_mtime;
	uint32_t stx_rdev_major, stx_rdev_minor, stx_dev_major, stx_dev_minor;
	uint64_t spare[14];
};
#define js_tm tm
#define js_linux_dirent64 dirent

/* ---- Calls: -errno on failure, as libjs's. */
static inline long js_read(int fd, void *b, size_t n) { return TW_R(read(fd, b, n)); }
static inline long js_write(int fd, const void *b, size_t n) { return TW_R(write(fd, b, n)); }
static inline long js_open(const char *p, int fl) { return TW_R(open(p, fl)); }
static inline long js_openat(int d, const char *p, int fl) { return TW_R(openat(d, p, fl)); }
static inline long js_close(int fd) { return TW_R(close(fd)); }
static inline long js_stat(const char *p, struct js_stat *s) { return TW_R(stat(p, (struct stat *)s)); }
static inline long js_lstat(const char *p, struct js_stat *s) { return TW_R(lstat(p, (struct stat *)s)); }
static inline long js_fstatat(int d, const char *p, struct js_stat *s, int fl)
{ return TW_R(fstatat(d, p, (struct stat *)s, fl)); }
static inline long js_statfs(const char *p, struct js_statfs *s) { return TW_R(statfs(p, (struct statfs *)s)); }
static inline long js_statx(int d, const char *p, int fl, unsigned int m, struct js_statx *s)
{ return TW_R(syscall(SYS_statx, d, p, fl, m, s)); }
static inline long js_mount(const char *s, const char *t, const char *ty, unsigned long fl, const void *d)
{ return TW_R(mount(s, t, ty, fl, d)); }
static inline long js_umount2(const char *t, int fl) { return TW_R(umount2(t, fl)); }
static inline long js_chroot(const char *p) { return TW_R(chroot(p)); }
static inline long js_chdir(const char *p) { return TW_R(chdir(p)); }
static inline long js_access(const char *p, int m) { return TW_R(access(p, m)); }
static inline long js_unlinkat(int d, const char *p, int fl) { return TW_R(unlinkat(d, p, fl)); }
static inline long js_readlinkat(int d, const char *p, char *b, size_t n) { return TW_R(readlinkat(d, p, b, n)); }
static inline long js_mknod(const char *p, unsigned int m, uint64_t dev) { return TW_R(mknod(p, m, (dev_t)dev)); }
static inline long js_chmod(const char *p, unsigned int m) { return TW_R(chmod(p, m)); }
static inline long js_umask(unsigned int m) { return (long)umask(m); }
static inline long js_execve(const char *p, char *const a[], char *const e[]) { return TW_R(execve(p, a, e)); }
static inline long js_execvpe(const char *p, char *const a[], char *const e[]) { return TW_R(execvpe(p, a, e)); }
#define js_environ environ
static inline long js_write_all(int fd, const void *b, size_t n)
{
	const char *p = b;

	while (n) {
		ssize_t k = write(fd, p, n);

		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return k < 0 ? -errno : -EIO;
		p += k;
		n -= (size_t)k;
	}
	return 0;
}

/* ---- The toolkit: libc's functions. */
static inline const char *js_strerror(long e) { return strerror((int)(e < 0 ? -e : e)); }
#define js_dprintf dprintf
#define js_snprintf snprintf
#define js_strlen strlen
#define js_strcmp strcmp
#define js_strncmp strncmp
#define js_strchr strchr
#define js_qsort qsort
static inline unsigned long js_strtoul(const char *s, char **end, int base, int *err)
{
	unsigned long v;

	errno = 0;
	v = strtoul(s, end, base);
	*err = -errno;
	return v;
}
static inline long js_gmtime(long t, struct tm *tm)
{
	time_t tt = (time_t)t;

	return gmtime_r(&tt, tm) ? 0 : -EOVERFLOW;
}
struct js_getopt {
	int ind, opt;
	char *arg;
	int err, pos;
};
#define JS_GETOPT_INIT { 1, 0, 0, 1, 0 }
static inline int js_getopt(struct js_getopt *g, int argc, char *const argv[], const char *opts)
{
	int c = getopt(argc, argv, opts);

	g->ind = optind;
	g->arg = optarg;
	g->opt = optopt;
	return c;
}

/* Buffered output: stdio's job, written out as js_out's calls. */
struct js_out {
	int fd, err;
	char *buf;
	size_t size, len;
};
static inline void js_out_init(struct js_out *o, int fd, char *b, size_t n)
{
	o->fd = fd;
	o->err = 0;
	o->buf = b;
	o->size = n;
	o->len = 0;
}
static inline int js_out_flush(struct js_out *o)
{
	if (!o->err && o->len) {
		long r = js_write_all(o->fd, o->buf, o->len);

		if (r < 0)
			o->err = (int)r;
	}
	o->len = 0;
	return o->err;
}
static inline int js_out_write(struct js_out *o, const void *p, size_t n)
{
	if (o->len + n > o->size && js_out_flush(o) < 0)
		return o->err;
	if (n > o->size) {
		long r = js_write_all(o->fd, p, n);

		return r < 0 ? (o->err = (int)r) : 0;
	}
	memcpy(o->buf + o->len, p, n);
	o->len += n;
	return 0;
}
static inline int js_out_str(struct js_out *o, const char *s) { return js_out_write(o, s, strlen(s)); }
__attribute__((format(printf, 2, 3)))
static inline int js_out_printf(struct js_out *o, const char *fmt, ...)
{
	char line[4096];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	if (n < 0)
		return -EINVAL;
	js_out_write(o, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
	return n;
}

/* The directory iterator: opendir and readdir. */
#define JS_DIR_BUFSIZE 32768
struct js_dir {
	DIR *d;
};
static inline long js_dir_openat(struct js_dir *d, int dirfd, const char *path, void *b, size_t n)
{
	int fd = openat(dirfd, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	(void)b;
	(void)n;
	if (fd < 0)
		return -errno;
	d->d = fdopendir(fd);
	if (!d->d) {
		int e = errno;

		close(fd);
		return -e;
	}
	return 0;
}
static inline long js_dir_open(struct js_dir *d, const char *path, void *b, size_t n)
{
	return js_dir_openat(d, AT_FDCWD, path, b, n);
}
static inline long js_dir_read(struct js_dir *d, const struct dirent **e)
{
	errno = 0;
	*e = readdir(d->d);
	return *e ? 1 : -errno;
}
static inline int js_dir_fd(const struct js_dir *d) { return dirfd(d->d); }
static inline long js_dir_close(struct js_dir *d) { return TW_R(closedir(d->d)); }

#endif
