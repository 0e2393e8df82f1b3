/* The issue-14 file calls next to glibc 2.36's own functions: the same
 * results and the same errors, error paths included (glibc's -1/errno is
 * our -errno; posix_fadvise returns glibc's positive error as -errno).
 * The calls glibc 2.36 has no function for (openat2, quotactl_fd,
 * cachestat, statmount, listmount, the *xattrat calls, file_getattr,
 * file_setattr, open_tree_attr) are checked for the kernel's behaviour in
 * tests/free/test_fs_more.c and test_mount_api.c. */
#include <stdio.h>
#include <sys/fanotify.h>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/quota.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/swap.h>
#include <sys/sysmacros.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/xattr.h>
#include "fs_util.h"
#include <libjs/libjs.h>

/* js_x (already -errno) against glibc's f (-1 and errno). */
#define SAME(js, g) assert_int_equal((js), GLIBC(g))

static int fresh(const char *path)
{
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);

	assert_true(fd >= 0);
	return fd;
}

static void statfs_both(void **state)
{
	struct js_statfs j;
	struct statfs g;
	int fd = open("/", O_RDONLY);
	static const char *paths[] = { "/", "/proc", "/sys", "/dev", "." };

	(void)state;
	for (size_t i = 0; i < ARRAY_LEN(paths); i++) {
		assert_int_equal(js_statfs(paths[i], &j), 0);
		assert_int_equal(statfs(paths[i], &g), 0);
		assert_int_equal(j.f_type, g.f_type);
		assert_int_equal(j.f_bsize, g.f_bsize);
		assert_int_equal(j.f_blocks, g.f_blocks);
		assert_int_equal(j.f_files, g.f_files);
		assert_int_equal(j.f_namelen, g.f_namelen);
		assert_int_equal(j.f_frsize, g.f_frsize);
		assert_int_equal(j.f_flags, g.f_flags);
		assert_memory_equal(&j.f_fsid, &g.f_fsid, sizeof g.f_fsid);
	}
	assert_int_equal(js_fstatfs(fd, &j), 0);
	assert_int_equal(fstatfs(fd, &g), 0);
	assert_int_equal(j.f_type, g.f_type);
	assert_int_equal(j.f_blocks, g.f_blocks);
	SAME(js_statfs("missing", &j), statfs("missing", &g));
	SAME(js_statfs("", &j), statfs("", &g));
	SAME(js_statfs("/", bad_ptr()), statfs("/", bad_ptr()));
	SAME(js_fstatfs(-1, &j), fstatfs(-1, &g));
	close(fd);
}

/* df's figures: what statfs says, as df prints them (1K-blocks), from
 * the df command itself. */
static void statfs_df(void **state)
{
	struct js_statfs j;
	unsigned long blocks = 0;
	FILE *p = popen("df -P -k / | tail -n 1 | awk '{print $2}'", "r");

	(void)state;
	assert_non_null(p);
	assert_int_equal(fscanf(p, "%lu", &blocks), 1);
	pclose(p);
	assert_int_equal(js_statfs("/", &j), 0);
	assert_int_equal(blocks, j.f_blocks * (unsigned long)j.f_frsize / 1024);
}

static void makedev_both(void **state)
{
	static const unsigned int v[] = { 0, 1, 3, 8, 255, 256, 257, 4095, 4096,
					  0xfffff, 0x100000, 0xabcdef12u, ~0u };

	(void)state;
	for (size_t i = 0; i < ARRAY_LEN(v); i++)
		for (size_t k = 0; k < ARRAY_LEN(v); k++) {
			dev_t d = makedev(v[i], v[k]);

			assert_int_equal(JS_makedev(v[i], v[k]), d);
			assert_int_equal(JS_major(d), major(d));
			assert_int_equal(JS_minor(d), minor(d));
		}
}

static void mknod_both(void **state)
{
	struct stat a, b;

	(void)state;
	unlink("jfifo");
	unlink("gfifo");
	assert_int_equal(js_mknod("jfifo", S_IFIFO | 0640, 0), 0);
	assert_int_equal(mknod("gfifo", S_IFIFO | 0640, 0), 0);
	assert_int_equal(stat("jfifo", &a), 0);
	assert_int_equal(stat("gfifo", &b), 0);
	assert_int_equal(a.st_mode, b.st_mode);
	SAME(js_mknod("jfifo", S_IFIFO | 0600, 0), mknod("gfifo", S_IFIFO | 0600, 0));
	SAME(js_mknod("big", S_IFCHR | 0600, makedev(0x1000, 0)),
	     mknod("big", S_IFCHR | 0600, makedev(0x1000, 0)));
	SAME(js_mknod("big", S_IFCHR | 0600, 1ULL << 32),
	     mknod("big", S_IFCHR | 0600, 1ULL << 32));
	SAME(js_mknodat(-1, "x", S_IFIFO | 0600, 0), mknodat(-1, "x", S_IFIFO | 0600, 0));
	SAME(js_mknodat(AT_FDCWD, "missing/x", S_IFIFO, 0),
	     mknodat(AT_FDCWD, "missing/x", S_IFIFO, 0));
	SAME(js_mknod("jx", 0170000 | 0600, 0), mknod("gx", 0170000 | 0600, 0));
	if (geteuid() == 0) {
		unlink("jnull");
		unlink("gnull");
		assert_int_equal(js_mknodat(AT_FDCWD, "jnull", S_IFCHR | 0600, makedev(1, 3)), 0);
		assert_int_equal(mknodat(AT_FDCWD, "gnull", S_IFCHR | 0600, makedev(1, 3)), 0);
		assert_int_equal(stat("jnull", &a), 0);
		assert_int_equal(stat("gnull", &b), 0);
		assert_int_equal(a.st_rdev, b.st_rdev);
		unlink("jnull");
		unlink("gnull");
	}
	unlink("jfifo");
	unlink("gfifo");
}

static void creat_futimesat_both(void **state)
{
	struct timeval tv[2] = { { 1000, 5 }, { 2000, 999999 } };
	struct stat a, b;
	long fd;
	int g;

	(void)state;
	fd = js_creat("jc", 0604);
	g = creat("gc", 0604);
	assert_true(fd >= 0 && g >= 0);
	assert_int_equal(fcntl((int)fd, F_GETFL) & O_ACCMODE, fcntl(g, F_GETFL) & O_ACCMODE);
	close((int)fd);
	close(g);
	assert_int_equal(stat("jc", &a), 0);
	assert_int_equal(stat("gc", &b), 0);
	assert_int_equal(a.st_mode, b.st_mode);
	SAME(js_creat("missing/x", 0600), creat("missing/x", 0600));
	SAME(js_creat("/proc/x", 0600), creat("/proc/x", 0600));
	assert_int_equal(js_futimesat(AT_FDCWD, "jc", (struct js_timeval *)tv), 0);
	assert_int_equal(futimesat(AT_FDCWD, "gc", tv), 0);
	assert_int_equal(stat("jc", &a), 0);
	assert_int_equal(stat("gc", &b), 0);
	assert_int_equal(a.st_mtim.tv_nsec, b.st_mtim.tv_nsec);
	assert_int_equal(a.st_atim.tv_sec, b.st_atim.tv_sec);
	tv[0].tv_usec = 1000000;
	SAME(js_futimesat(AT_FDCWD, "jc", (struct js_timeval *)tv), futimesat(AT_FDCWD, "gc", tv));
	SAME(js_futimesat(-1, "jc", 0), futimesat(-1, "gc", 0));
	SAME(js_futimesat(AT_FDCWD, "missing", 0), futimesat(AT_FDCWD, "missing", 0));
	/* glibc converts the times itself and so faults on a bad pointer;
	 * libjs has the kernel fetch them (js__kcopy) on every table. */
	assert_int_equal(js_futimesat(AT_FDCWD, "jc", bad_ptr()), -JS_EFAULT);
	unlink("jc");
	unlink("gc");
}

static void fallocate_flock_advise(void **state)
{
	int fd = fresh("fa"), fd2 = open("fa", O_RDONLY), p[2];

	(void)state;
	assert_int_equal(js_fallocate(fd, 0, 0, 8192), fallocate(fd, 0, 0, 8192));
	SAME(js_fallocate(fd, FALLOC_FL_PUNCH_HOLE, 0, 4096),
	     fallocate(fd, FALLOC_FL_PUNCH_HOLE, 0, 4096));
	SAME(js_fallocate(fd, 0, 0, 0), fallocate(fd, 0, 0, 0));
	SAME(js_fallocate(-1, 0, 0, 1), fallocate(-1, 0, 0, 1));
	SAME(js_fallocate(fd2, 0, 0, 1), fallocate(fd2, 0, 0, 1));
	assert_int_equal(js_flock(fd, LOCK_EX), 0);
	SAME(js_flock(fd2, LOCK_SH | LOCK_NB), flock(fd2, LOCK_SH | LOCK_NB));
	SAME(js_flock(fd2, 0), flock(fd2, 0));
	SAME(js_flock(-1, LOCK_UN), flock(-1, LOCK_UN));
	assert_int_equal(js_flock(fd, LOCK_UN), flock(fd, LOCK_UN));
	/* glibc's posix_fadvise returns the error number itself. */
	assert_int_equal(js_posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL),
			 -posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL));
	assert_int_equal(js_posix_fadvise(fd, 0, 0, 77), -posix_fadvise(fd, 0, 0, 77));
	assert_int_equal(js_posix_fadvise(-1, 0, 0, 0), -posix_fadvise(-1, 0, 0, 0));
	assert_int_equal(js_posix_fadvise(fd, 0, -5, 0), -posix_fadvise(fd, 0, -5, 0));
	assert_int_equal(pipe(p), 0);
	assert_int_equal(js_posix_fadvise(p[0], 0, 0, 0), -posix_fadvise(p[0], 0, 0, 0));
	assert_int_equal(js_readahead(fd, 0, 4096), readahead(fd, 0, 4096));
	SAME(js_readahead(p[0], 0, 4096), readahead(p[0], 0, 4096));
	SAME(js_readahead(-1, 0, 1), readahead(-1, 0, 1));
	assert_int_equal(js_sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE),
			 sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE));
	SAME(js_sync_file_range(fd, 0, 0, 99), sync_file_range(fd, 0, 0, 99));
	SAME(js_sync_file_range(fd, -1, 0, 0), sync_file_range(fd, -1, 0, 0));
	SAME(js_sync_file_range(p[0], 0, 0, 0), sync_file_range(p[0], 0, 0, 0));
	close(p[0]);
	close(p[1]);
	close(fd);
	close(fd2);
}

static void splice_tee_vmsplice(void **state)
{
	int fd = fresh("sp"), a[2], b[2];
	loff_t go = 0;
	long jo = 0;
	char buf[32];
	struct iovec iov = { "0123456789", 10 };

	(void)state;
	assert_int_equal(write(fd, "abcdefghij", 10), 10);
	assert_int_equal(pipe(a), 0);
	assert_int_equal(pipe(b), 0);
	assert_int_equal(js_splice(fd, &jo, a[1], 0, 4, 0), 4);
	assert_int_equal(splice(fd, &go, a[1], 0, 4, 0), 4);
	assert_int_equal(jo, go);
	assert_int_equal(js_tee(a[0], b[1], 100, 0), 8);
	assert_int_equal(tee(a[0], b[1], 100, 0), 8);
	assert_int_equal(read(a[0], buf, sizeof buf), 8);
	assert_memory_equal(buf, "abcdabcd", 8);
	assert_int_equal(read(b[0], buf, sizeof buf), 16);  /* both tees' */
	SAME(js_splice(fd, 0, fd, 0, 4, 0), splice(fd, 0, fd, 0, 4, 0));
	SAME(js_splice(a[0], &jo, fd, 0, 4, 0), splice(a[0], &go, fd, 0, 4, 0));
	SAME(js_splice(-1, 0, a[1], 0, 4, 0), splice(-1, 0, a[1], 0, 4, 0));
	SAME(js_splice(a[0], 0, fd, 0, 4, SPLICE_F_NONBLOCK),
	     splice(a[0], 0, fd, 0, 4, SPLICE_F_NONBLOCK));
	SAME(js_tee(a[0], a[1], 4, 0), tee(a[0], a[1], 4, 0));
	SAME(js_tee(fd, a[1], 4, 0), tee(fd, a[1], 4, 0));
	SAME(js_tee(a[0], b[1], 4, SPLICE_F_NONBLOCK), tee(a[0], b[1], 4, SPLICE_F_NONBLOCK));
	assert_int_equal(js_vmsplice(a[1], (struct js_iovec *)&iov, 1, 0),
			 vmsplice(a[1], &iov, 1, 0));
	assert_int_equal(read(a[0], buf, sizeof buf), 20);
	SAME(js_vmsplice(fd, (struct js_iovec *)&iov, 1, 0), vmsplice(fd, &iov, 1, 0));
	SAME(js_vmsplice(a[1], (struct js_iovec *)&iov, 1, 0x100), vmsplice(a[1], &iov, 1, 0x100));
	SAME(js_vmsplice(-1, (struct js_iovec *)&iov, 1, 0), vmsplice(-1, &iov, 1, 0));
	for (int i = 0; i < 2; i++) {
		close(a[i]);
		close(b[i]);
	}
	close(fd);
}

/* A count the compiler cannot see is negative. */
static volatile int minus1 = -1;

static void preadv_pwritev_all(void **state)
{
	int fd = fresh("pv");
	char x[5] = "hello", y[5], z[5];
	struct iovec w = { x, 5 }, r = { y, 5 }, r2 = { z, 5 };
	const long far = 6L << 30;

	(void)state;
	assert_int_equal(js_pwritev(fd, (struct js_iovec *)&w, 1, far), pwritev(fd, &w, 1, far + 5));
	assert_int_equal(js_preadv(fd, (struct js_iovec *)&r, 1, far), 5);
	assert_int_equal(preadv(fd, &r2, 1, far + 5), 5);
	assert_memory_equal(y, z, 5);
	assert_int_equal(lseek(fd, 0, SEEK_END), far + 10);
	assert_int_equal(js_pwritev2(fd, (struct js_iovec *)&w, 1, 10, RWF_DSYNC),
			 pwritev2(fd, &w, 1, 20, RWF_DSYNC));
	assert_int_equal(lseek(fd, 10, SEEK_SET), 10);
	assert_int_equal(js_preadv2(fd, (struct js_iovec *)&r, 1, -1, 0), 5);
	assert_int_equal(preadv2(fd, &r2, 1, -1, 0), 5);
	assert_int_equal(lseek(fd, 0, SEEK_CUR), 20);
	SAME(js_preadv(fd, (struct js_iovec *)&r, 1, -1), preadv(fd, &r, 1, -1));
	SAME(js_preadv(-1, (struct js_iovec *)&r, 1, 0), preadv(-1, &r, 1, 0));
	SAME(js_pwritev(fd, (struct js_iovec *)&w, minus1, 0), pwritev(fd, &w, minus1, 0));
	SAME(js_preadv2(fd, (struct js_iovec *)&r, 1, 0, 0x40000000),
	     preadv2(fd, &r, 1, 0, 0x40000000));
	SAME(js_pwritev2(-1, (struct js_iovec *)&w, 1, 0, 0), pwritev2(-1, &w, 1, 0, 0));
	SAME(js_preadv2(fd, (struct js_iovec *)&r, 1, -7, 0), preadv2(fd, &r, 1, -7, 0));
	SAME(js_preadv(fd, bad_ptr(), 1, 0), preadv(fd, bad_ptr(), 1, 0));
	assert_int_equal(ftruncate(fd, 0), 0);
	close(fd);
}

static void close_range_both(void **state)
{
	int a = dup(0), b = dup(0), c = dup(0), d = dup(0);

	(void)state;
	assert_int_equal(js_close_range(a, b, 0), close_range(a, b, 0) * 0);
	assert_int_equal(close_range(c, d, CLOSE_RANGE_CLOEXEC), 0);
	assert_int_equal(fcntl(c, F_GETFD), FD_CLOEXEC);
	assert_int_equal(fcntl(a, F_GETFD), -1);
	SAME(js_close_range(5, 4, 0), close_range(5, 4, 0));
	SAME(js_close_range(1000, 1001, 0x80), close_range(1000, 1001, 0x80));
	assert_int_equal(js_close_range(c, d, 0), 0);
	assert_int_equal(fcntl(d, F_GETFD), -1);
}

static void xattrs_both(void **state)
{
	char v[64], w[64], la[128], lb[128];
	int fd = fresh("xa");

	(void)state;
	unlink("xl");
	assert_int_equal(symlink("xa", "xl"), 0);
	assert_int_equal(js_setxattr("xa", "user.j", "abc", 3, XATTR_CREATE), 0);
	assert_int_equal(setxattr("xa", "user.g", "abc", 3, XATTR_CREATE), 0);
	SAME(js_setxattr("xa", "user.j", "abc", 3, XATTR_CREATE),
	     setxattr("xa", "user.g", "abc", 3, XATTR_CREATE));
	SAME(js_setxattr("xa", "user.n", "a", 1, XATTR_REPLACE),
	     setxattr("xa", "user.n", "a", 1, XATTR_REPLACE));
	SAME(js_lsetxattr("xl", "user.j", "a", 1, 0), lsetxattr("xl", "user.g", "a", 1, 0));
	SAME(js_fsetxattr(fd, "bogus", "a", 1, 0), fsetxattr(fd, "bogus", "a", 1, 0));
	SAME(js_fsetxattr(-1, "user.j", "a", 1, 0), fsetxattr(-1, "user.g", "a", 1, 0));
	assert_int_equal(js_getxattr("xl", "user.j", v, sizeof v), getxattr("xl", "user.g", w, sizeof w));
	assert_memory_equal(v, w, 3);
	SAME(js_getxattr("xa", "user.j", v, 1), getxattr("xa", "user.g", w, 1));
	SAME(js_lgetxattr("xl", "user.j", v, sizeof v), lgetxattr("xl", "user.g", w, sizeof w));
	assert_int_equal(js_fgetxattr(fd, "user.j", 0, 0), fgetxattr(fd, "user.g", 0, 0));
	SAME(js_fgetxattr(fd, "user.none", v, sizeof v), fgetxattr(fd, "user.none", w, sizeof w));
	assert_int_equal(js_listxattr("xa", la, sizeof la), listxattr("xa", lb, sizeof lb));
	assert_memory_equal(la, lb, 14);
	assert_int_equal(js_llistxattr("xl", la, sizeof la), llistxattr("xl", lb, sizeof lb));
	assert_int_equal(js_flistxattr(fd, la, sizeof la), flistxattr(fd, lb, sizeof lb));
	SAME(js_flistxattr(fd, la, 2), flistxattr(fd, lb, 2));
	SAME(js_listxattr("missing", la, sizeof la), listxattr("missing", lb, sizeof lb));
	SAME(js_listxattr("xa", bad_ptr(), 64), listxattr("xa", bad_ptr(), 64));
	assert_int_equal(js_removexattr("xa", "user.j"), removexattr("xa", "user.g"));
	SAME(js_removexattr("xa", "user.j"), removexattr("xa", "user.g"));
	SAME(js_lremovexattr("xl", "user.j"), lremovexattr("xl", "user.g"));
	SAME(js_fremovexattr(fd, "user.j"), fremovexattr(fd, "user.g"));
	SAME(js_fremovexattr(-1, "user.j"), fremovexattr(-1, "user.g"));
	unlink("xl");
	close(fd);
}

static void handles_both(void **state)
{
	JS_FILE_HANDLE_DECL(j);
	struct {
		struct file_handle fh;
		unsigned char more[MAX_HANDLE_SZ];
	} g;
	int jm = -1, gm = -2, dir = open(".", O_RDONLY | O_DIRECTORY);
	int fd = fresh("hd"), a, b;

	(void)state;
	close(fd);
	j.fh.handle_bytes = 0;
	g.fh.handle_bytes = 0;
	SAME(js_name_to_handle_at(AT_FDCWD, "hd", &j.fh, &jm, 0),
	     name_to_handle_at(AT_FDCWD, "hd", &g.fh, &gm, 0));
	assert_int_equal(j.fh.handle_bytes, g.fh.handle_bytes);
	assert_int_equal(js_name_to_handle_at(AT_FDCWD, "hd", &j.fh, &jm, 0),
			 name_to_handle_at(AT_FDCWD, "hd", &g.fh, &gm, 0));
	assert_int_equal(jm, gm);
	assert_int_equal(j.fh.handle_type, g.fh.handle_type);
	assert_memory_equal(j.fh.f_handle, g.fh.f_handle, g.fh.handle_bytes);
	SAME(js_name_to_handle_at(AT_FDCWD, "missing", &j.fh, &jm, 0),
	     name_to_handle_at(AT_FDCWD, "missing", &g.fh, &gm, 0));
	SAME(js_name_to_handle_at(AT_FDCWD, "hd", &j.fh, &jm, 0x4000),
	     name_to_handle_at(AT_FDCWD, "hd", &g.fh, &gm, 0x4000));
	a = (int)js_open_by_handle_at(dir, &j.fh, O_RDONLY);
	b = open_by_handle_at(dir, &g.fh, O_RDONLY);
	if (geteuid() == 0) {
		struct stat sa, sb;

		assert_true(a >= 0 && b >= 0);
		assert_int_equal(fstat(a, &sa), 0);
		assert_int_equal(fstat(b, &sb), 0);
		assert_int_equal(sa.st_ino, sb.st_ino);
		close(a);
		close(b);
	} else {
		assert_int_equal(a, -EPERM);
		assert_int_equal(b, -1);
	}
	SAME(js_open_by_handle_at(-1, &j.fh, O_RDONLY), open_by_handle_at(-1, &g.fh, O_RDONLY));
	close(dir);
	unlink("hd");
}

static void fanotify_both(void **state)
{
	long j = js_fanotify_init(FAN_CLASS_NOTIF | FAN_CLOEXEC, O_RDONLY);
	int g = fanotify_init(FAN_CLASS_NOTIF | FAN_CLOEXEC, O_RDONLY);

	(void)state;
	if (geteuid() != 0) {
		assert_int_equal(j, GLIBC(g));
		return;
	}
	assert_true(j >= 0 && g >= 0);
	assert_int_equal(js_fanotify_mark((int)j, FAN_MARK_ADD, FAN_OPEN, AT_FDCWD, "."),
			 fanotify_mark(g, FAN_MARK_ADD, FAN_OPEN, AT_FDCWD, "."));
	SAME(js_fanotify_mark((int)j, FAN_MARK_ADD, 1ULL << 40, AT_FDCWD, "."),
	     fanotify_mark(g, FAN_MARK_ADD, 1ULL << 40, AT_FDCWD, "."));
	SAME(js_fanotify_mark((int)j, FAN_MARK_ADD, FAN_OPEN, AT_FDCWD, "missing"),
	     fanotify_mark(g, FAN_MARK_ADD, FAN_OPEN, AT_FDCWD, "missing"));
	SAME(js_fanotify_mark(-1, FAN_MARK_ADD, FAN_OPEN, AT_FDCWD, "."),
	     fanotify_mark(-1, FAN_MARK_ADD, FAN_OPEN, AT_FDCWD, "."));
	SAME(js_fanotify_init(0xfff00000u, 0), fanotify_init(0xfff00000u, 0));
	close((int)j);
	close(g);
}

static void quota_swap_acct(void **state)
{
	struct dqinfo gi;
	struct js_dqinfo ji;

	(void)state;
	{
	/* glibc's QCMD shifts an int into its sign bit (undefined: UBSan
	 * says so); JS_QCMD shifts unsigned and gives the same bits
	 * (tests/sh/fs_more_layout_glibc.c compares them). */
	const int cmd = JS_QCMD(JS_Q_GETINFO, JS_USRQUOTA);

	SAME(js_quotactl(cmd, "/nonexistent", 0, &ji),
	     quotactl(cmd, "/nonexistent", 0, (caddr_t)&gi));
	SAME(js_quotactl(cmd, 0, 0, &ji), quotactl(cmd, 0, 0, (caddr_t)&gi));
	}
	SAME(js_swapon("missing", 0), swapon("missing", 0));
	SAME(js_swapoff("missing"), swapoff("missing"));
	put_file("notswap", "not a swap area");
	SAME(js_swapon("notswap", SWAP_FLAG_PREFER), swapon("notswap", SWAP_FLAG_PREFER));
	SAME(js_swapoff("notswap"), swapoff("notswap"));
	SAME(js_acct("missing/x"), acct("missing/x"));
	SAME(js_acct(0), acct(0));
	unlink("notswap");
}

static void mount_api_errors(void **state)
{
	struct mount_attr ma = { MOUNT_ATTR_NODEV, 0, 0, 0 };

	(void)state;
	SAME(js_fsopen("nosuchfs", 0), fsopen("nosuchfs", 0));
	SAME(js_fsopen("tmpfs", 0x80), fsopen("tmpfs", 0x80));
	SAME(js_fsconfig(999, FSCONFIG_SET_FLAG, "ro", 0, 0),
	     fsconfig(999, FSCONFIG_SET_FLAG, "ro", 0, 0));
	SAME(js_fsconfig(-1, FSCONFIG_CMD_CREATE, "key", 0, 0),
	     fsconfig(-1, FSCONFIG_CMD_CREATE, "key", 0, 0));
	SAME(js_fsmount(-1, 0, 0), fsmount(-1, 0, 0));
	SAME(js_fspick(AT_FDCWD, "missing", 0), fspick(AT_FDCWD, "missing", 0));
	SAME(js_fspick(AT_FDCWD, "/", 0x100), fspick(AT_FDCWD, "/", 0x100));
	SAME(js_move_mount(-1, "", AT_FDCWD, "/", MOVE_MOUNT_F_EMPTY_PATH),
	     move_mount(-1, "", AT_FDCWD, "/", MOVE_MOUNT_F_EMPTY_PATH));
	SAME(js_open_tree(AT_FDCWD, "missing", 0), open_tree(AT_FDCWD, "missing", 0));
	SAME(js_open_tree(AT_FDCWD, "/", 0x7fff0000), open_tree(AT_FDCWD, "/", 0x7fff0000));
	SAME(js_mount_setattr(-1, "x", 0, (struct js_mount_attr *)&ma, sizeof ma),
	     mount_setattr(-1, "x", 0, &ma, sizeof ma));
	SAME(js_mount_setattr(AT_FDCWD, "/", 0, (struct js_mount_attr *)&ma, 8),
	     mount_setattr(AT_FDCWD, "/", 0, &ma, 8));
	if (geteuid() == 0) {
		long a = js_fspick(AT_FDCWD, "/", FSPICK_CLOEXEC);
		int b = fspick(AT_FDCWD, "/", FSPICK_CLOEXEC);

		assert_true(a >= 0 && b >= 0);
		close((int)a);
		close(b);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(statfs_both),
		cmocka_unit_test(statfs_df),
		cmocka_unit_test(makedev_both),
		cmocka_unit_test(mknod_both),
		cmocka_unit_test(creat_futimesat_both),
		cmocka_unit_test(fallocate_flock_advise),
		cmocka_unit_test(splice_tee_vmsplice),
		cmocka_unit_test(preadv_pwritev_all),
		cmocka_unit_test(close_range_both),
		cmocka_unit_test(xattrs_both),
		cmocka_unit_test(handles_both),
		cmocka_unit_test(fanotify_both),
		cmocka_unit_test(quota_swap_acct),
		cmocka_unit_test(mount_api_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
