/* Metadata calls against glibc: stat family field by field, statx against
 * stat, permission and ownership changes, and the four time setters with
 * UTIME_NOW / UTIME_OMIT, all checked through glibc's stat. */
#include <stdio.h>
#include <time.h>
#include <utime.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/time.h>
#include "fs_util.h"
#include <libjs/libjs.h>

static void same_stat(const struct js_stat *a, const struct stat *b)
{
	assert_int_equal(a->st_dev, b->st_dev);
	assert_int_equal(a->st_ino, b->st_ino);
	assert_int_equal(a->st_nlink, b->st_nlink);
	assert_int_equal(a->st_mode, b->st_mode);
	assert_int_equal(a->st_uid, b->st_uid);
	assert_int_equal(a->st_gid, b->st_gid);
	assert_int_equal(a->st_rdev, b->st_rdev);
	assert_int_equal(a->st_size, b->st_size);
	assert_int_equal(a->st_blksize, b->st_blksize);
	assert_int_equal(a->st_blocks, b->st_blocks);
	assert_int_equal(a->st_atim.tv_sec, b->st_atim.tv_sec);
	assert_int_equal(a->st_atim.tv_nsec, b->st_atim.tv_nsec);
	assert_int_equal(a->st_mtim.tv_sec, b->st_mtim.tv_sec);
	assert_int_equal(a->st_mtim.tv_nsec, b->st_mtim.tv_nsec);
	assert_int_equal(a->st_ctim.tv_sec, b->st_ctim.tv_sec);
	assert_int_equal(a->st_ctim.tv_nsec, b->st_ctim.tv_nsec);
}

static int setup(void **state)
{
	(void)state;
	put_file("f", "some bytes");
	mkdir("d", 0750);
	symlink("f", "ln");
	symlink("nowhere", "dangling");
	return 0;
}

static void stat_family(void **state)
{
	const char *paths[] = { "f", "d", "ln", ".", "/dev/null", "/" };
	struct js_stat js;
	struct stat gl;

	(void)state;
	for (size_t i = 0; i < ARRAY_LEN(paths); i++) {
		int fd = open(paths[i], O_RDONLY);

		assert_int_equal(js_stat(paths[i], &js), 0);
		assert_int_equal(stat(paths[i], &gl), 0);
		same_stat(&js, &gl);
		assert_int_equal(js_lstat(paths[i], &js), 0);
		assert_int_equal(lstat(paths[i], &gl), 0);
		same_stat(&js, &gl);
		assert_int_equal(js_fstatat(JS_AT_FDCWD, paths[i], &js, JS_AT_SYMLINK_NOFOLLOW), 0);
		same_stat(&js, &gl);
		assert_int_equal(js_fstatat(JS_AT_FDCWD, paths[i], &js, 0), 0);
		assert_int_equal(stat(paths[i], &gl), 0);
		same_stat(&js, &gl);
		assert_true(fd >= 0);
		assert_int_equal(js_fstat(fd, &js), 0);
		assert_int_equal(fstat(fd, &gl), 0);
		same_stat(&js, &gl);
		assert_int_equal(js_fstatat(fd, "", &js, JS_AT_EMPTY_PATH), 0);
		same_stat(&js, &gl);
		/* Same layout, so the kernel wrote the very same bytes into
		 * both (it clears the padding itself). */
		assert_int_equal(sizeof js, sizeof gl);
		memset(&js, 0x5a, sizeof js);
		memset(&gl, 0xa5, sizeof gl);
		assert_int_equal(js_fstat(fd, &js), 0);
		assert_int_equal(fstat(fd, &gl), 0);
		assert_memory_equal(&js, &gl, sizeof js);
		close(fd);
	}
	assert_true(JS_S_ISLNK(((void)js_lstat("ln", &js), js.st_mode)));
	assert_true(JS_S_ISREG(((void)js_stat("ln", &js), js.st_mode)));
	assert_true(JS_S_ISDIR(((void)js_stat("d", &js), js.st_mode)));
	assert_true(JS_S_ISCHR(((void)js_stat("/dev/null", &js), js.st_mode)));
}

static void stat_errors(void **state)
{
	char longname[300], longpath[5000];
	struct js_stat js;
	struct stat gl;
	int dfd = open("d", O_RDONLY);

	(void)state;
	assert_int_equal(js_stat("nope", &js), GLIBC(stat("nope", &gl)));
	assert_int_equal(js_stat("nope", &js), -JS_ENOENT);
	assert_int_equal(js_stat("dangling", &js), -JS_ENOENT);
	assert_int_equal(js_lstat("dangling", &js), 0);
	assert_int_equal(js_stat("f/x", &js), -JS_ENOTDIR);
	assert_int_equal(js_stat("f/x", &js), GLIBC(stat("f/x", &gl)));
	assert_int_equal(js_stat("f", NULL), -JS_EFAULT);
	assert_int_equal(js_stat(NULL, &js), -JS_EFAULT);
	assert_int_equal(js_lstat("f", NULL), -JS_EFAULT);
	assert_int_equal(js_fstat(-1, &js), -JS_EBADF);
	assert_int_equal(js_fstat(-1, &js), GLIBC(fstat(-1, &gl)));
	assert_int_equal(js_fstat(0, bad_ptr()), -JS_EFAULT);
	assert_int_equal(js_fstatat(-1, "f", &js, 0), -JS_EBADF);
	assert_int_equal(js_fstatat(dfd, "f", &js, 0), -JS_ENOENT);
	assert_int_equal(js_fstatat(JS_AT_FDCWD, "f", &js, 0x7), GLIBC(fstatat(AT_FDCWD, "f", &gl, 0x7)));
	assert_int_equal(js_fstatat(JS_AT_FDCWD, "f", &js, 0x7), -JS_EINVAL);
	assert_int_equal(js_stat("", &js), -JS_ENOENT);
	memset(longname, 'a', 256);
	longname[256] = 0;
	assert_int_equal(js_stat(longname, &js), -JS_ENAMETOOLONG);
	assert_int_equal(js_lstat(longname, &js), GLIBC(lstat(longname, &gl)));
	memset(longpath, 0, sizeof longpath);
	for (int i = 0; i < 2100; i++)
		memcpy(longpath + 2 * i, "./", 2);
	longpath[4200] = 'f';
	assert_int_equal(js_stat(longpath, &js), -JS_ENAMETOOLONG);
	assert_int_equal(js_stat(longpath, &js), GLIBC(stat(longpath, &gl)));
	close(dfd);
}

static void statx_vs_stat(void **state)
{
	const char *paths[] = { "f", "d", "/dev/null" };
	struct js_statx sx;
	struct statx gx;
	struct stat st;

	(void)state;
	for (size_t i = 0; i < ARRAY_LEN(paths); i++) {
		memset(&sx, 0xa5, sizeof sx);
		assert_int_equal(js_statx(JS_AT_FDCWD, paths[i], 0, JS_STATX_BASIC_STATS | JS_STATX_BTIME, &sx), 0);
		assert_int_equal(stat(paths[i], &st), 0);
		assert_int_equal(sx.stx_mask & JS_STATX_BASIC_STATS, JS_STATX_BASIC_STATS);
		assert_int_equal(sx.stx_ino, st.st_ino);
		assert_int_equal(sx.stx_mode, st.st_mode);
		assert_int_equal(sx.stx_nlink, st.st_nlink);
		assert_int_equal(sx.stx_uid, st.st_uid);
		assert_int_equal(sx.stx_gid, st.st_gid);
		assert_int_equal(sx.stx_size, st.st_size);
		assert_int_equal(sx.stx_blocks, st.st_blocks);
		assert_int_equal(sx.stx_blksize, st.st_blksize);
		assert_int_equal(sx.stx_dev_major, major(st.st_dev));
		assert_int_equal(sx.stx_dev_minor, minor(st.st_dev));
		assert_int_equal(sx.stx_rdev_major, major(st.st_rdev));
		assert_int_equal(sx.stx_rdev_minor, minor(st.st_rdev));
		assert_int_equal(sx.stx_mtime.tv_sec, st.st_mtim.tv_sec);
		assert_int_equal(sx.stx_mtime.tv_nsec, st.st_mtim.tv_nsec);
		assert_int_equal(sx.stx_ctime.tv_sec, st.st_ctim.tv_sec);
		assert_int_equal(sx.stx_ctime.tv_nsec, st.st_ctim.tv_nsec);
		assert_int_equal(sx.stx_atime.tv_sec, st.st_atim.tv_sec);
		assert_int_equal(sx.stx_atime.tv_nsec, st.st_atim.tv_nsec);
		/* And byte for byte what glibc's statx(3) gets. */
		memset(&gx, 0xa5, sizeof gx);
		assert_int_equal(statx(AT_FDCWD, paths[i], 0, STATX_BASIC_STATS | STATX_BTIME, &gx), 0);
		assert_memory_equal(&sx, &gx, offsetof(struct js_statx, stx_mnt_id));
	}
	/* Flags: no-follow and an empty path on an fd. */
	assert_int_equal(js_statx(JS_AT_FDCWD, "ln", JS_AT_SYMLINK_NOFOLLOW, JS_STATX_TYPE, &sx), 0);
	assert_true(JS_S_ISLNK(sx.stx_mode));
	{
		int fd = open("f", O_RDONLY);

		assert_int_equal(js_statx(fd, "", JS_AT_EMPTY_PATH, JS_STATX_SIZE, &sx), 0);
		assert_int_equal(sx.stx_size, 10);
		close(fd);
	}
	assert_int_equal(js_statx(JS_AT_FDCWD, "nope", 0, JS_STATX_ALL, &sx), -JS_ENOENT);
	assert_int_equal(js_statx(JS_AT_FDCWD, "f", 0, JS_STATX__RESERVED, &sx), -JS_EINVAL);
	assert_int_equal(js_statx(JS_AT_FDCWD, "f", 0, JS_STATX__RESERVED, &sx),
			 GLIBC(statx(AT_FDCWD, "f", 0, STATX__RESERVED, &gx)));
	assert_int_equal(js_statx(JS_AT_FDCWD, "f", 0x7, JS_STATX_ALL, &sx), -JS_EINVAL);
	assert_int_equal(js_statx(JS_AT_FDCWD, "f", 0, JS_STATX_ALL, NULL), -JS_EFAULT);
	assert_int_equal(js_statx(-1, "f", 0, JS_STATX_ALL, &sx), -JS_EBADF);
}

static void access_calls(void **state)
{
	const char *paths[] = { "f", "d", "ln", "dangling", "nope", "/dev/null", "f/x" };
	int modes[] = { JS_F_OK, JS_R_OK, JS_W_OK, JS_X_OK, JS_R_OK | JS_W_OK | JS_X_OK };

	(void)state;
	chmod("f", 0644);
	for (size_t i = 0; i < ARRAY_LEN(paths); i++)
		for (size_t m = 0; m < ARRAY_LEN(modes); m++) {
			assert_int_equal(js_access(paths[i], modes[m]),
					 GLIBC(access(paths[i], modes[m])));
			assert_int_equal(js_faccessat2(JS_AT_FDCWD, paths[i], modes[m], JS_AT_EACCESS),
					 GLIBC(faccessat(AT_FDCWD, paths[i], modes[m], AT_EACCESS)));
			assert_int_equal(js_faccessat2(JS_AT_FDCWD, paths[i], modes[m], JS_AT_SYMLINK_NOFOLLOW),
					 GLIBC(faccessat(AT_FDCWD, paths[i], modes[m], AT_SYMLINK_NOFOLLOW)));
		}
	/* X_OK on a file without any x bit fails even for root. */
	assert_int_equal(js_access("f", JS_X_OK), -JS_EACCES);
	assert_int_equal(js_access("nope", JS_F_OK), -JS_ENOENT);
	assert_int_equal(js_access("f", 8), -JS_EINVAL);
	assert_int_equal(js_access(NULL, JS_F_OK), -JS_EFAULT);
	assert_int_equal(js_faccessat2(JS_AT_FDCWD, "f", JS_F_OK, 0x1), -JS_EINVAL);
	assert_int_equal(js_faccessat2(-1, "f", JS_F_OK, 0), -JS_EBADF);
	{
		int fd = open("f", O_RDONLY);

		assert_int_equal(js_faccessat2(fd, "", JS_R_OK, JS_AT_EMPTY_PATH), 0);
		close(fd);
	}
}

static void chmod_calls(void **state)
{
	struct stat st;
	int fd = open("f", O_RDONLY);
	long r;

	(void)state;
	assert_int_equal(js_chmod("f", 0604), 0);
	assert_int_equal(stat("f", &st), 0);
	assert_int_equal(st.st_mode & 07777, 0604);
	/* chmod through a link changes the target. */
	assert_int_equal(js_chmod("ln", 0640), 0);
	assert_int_equal(stat("f", &st), 0);
	assert_int_equal(st.st_mode & 07777, 0640);
	/* fchmod uses the fd (the JavaScript libjs's fchmod issued chmod). */
	assert_int_equal(js_fchmod(fd, 0600 | JS_S_ISVTX), 0);
	assert_int_equal(stat("f", &st), 0);
	assert_int_equal(st.st_mode & 07777, 01600);
	assert_int_equal(js_fchmodat(JS_AT_FDCWD, "d", 0700, 0), 0);
	assert_int_equal(stat("d", &st), 0);
	assert_int_equal(st.st_mode & 07777, 0700);
	assert_int_equal(js_chmod("nope", 0644), GLIBC(chmod("nope", 0644)));
	assert_int_equal(js_chmod("nope", 0644), -JS_ENOENT);
	assert_int_equal(js_chmod(NULL, 0644), -JS_EFAULT);
	assert_int_equal(js_fchmod(-1, 0644), -JS_EBADF);
	assert_int_equal(js_fchmod(-1, 0644), GLIBC(fchmod(-1, 0644)));
	assert_int_equal(js_fchmodat(-1, "f", 0644, 0), -JS_EBADF);
	/* With a flag: fchmodat2 (Linux 6.6); glibc 2.36 emulates it. */
	r = js_fchmodat(JS_AT_FDCWD, "f", 0644, JS_AT_SYMLINK_NOFOLLOW);
	if (r == -JS_ENOSYS) {
		print_message("chmod_calls: kernel without fchmodat2, flag cases not run\n");
	} else {
		assert_int_equal(r, 0);
		assert_int_equal(stat("f", &st), 0);
		assert_int_equal(st.st_mode & 07777, 0644);
		assert_int_equal(js_fchmodat(JS_AT_FDCWD, "ln", 0600, JS_AT_SYMLINK_NOFOLLOW),
				 GLIBC(fchmodat(AT_FDCWD, "ln", 0600, AT_SYMLINK_NOFOLLOW)));
		assert_int_equal(js_fchmodat(JS_AT_FDCWD, "ln", 0600, JS_AT_SYMLINK_NOFOLLOW),
				 -JS_EOPNOTSUPP);
		assert_int_equal(js_fchmodat(JS_AT_FDCWD, "f", 0644, 0x1), -JS_EINVAL);
	}
	chmod("f", 0644);
	close(fd);
}

static void chown_calls(void **state)
{
	unsigned int uid = getuid(), gid = getgid();
	struct stat st;
	int fd = open("f", O_RDONLY);

	(void)state;
	/* To oneself, and -1 meaning "leave as is". */
	assert_int_equal(js_chown("f", uid, gid), 0);
	assert_int_equal(js_chown("f", (unsigned)-1, (unsigned)-1), 0);
	assert_int_equal(js_fchown(fd, uid, (unsigned)-1), 0);
	assert_int_equal(js_lchown("ln", (unsigned)-1, gid), 0);
	assert_int_equal(js_fchownat(JS_AT_FDCWD, "ln", uid, gid, JS_AT_SYMLINK_NOFOLLOW), 0);
	assert_int_equal(js_fchownat(fd, "", uid, gid, JS_AT_EMPTY_PATH), 0);
	/* To someone else: whatever glibc gets (EPERM unless root); when
	 * allowed, the right object changes. */
	assert_int_equal(js_chown("f", 1234, (unsigned)-1), GLIBC(chown("f", 1234, -1)));
	if (uid == 0) {
		assert_int_equal(js_lchown("ln", 4321, 8765), 0);
		assert_int_equal(lstat("ln", &st), 0);
		assert_int_equal(st.st_uid, 4321);
		assert_int_equal(st.st_gid, 8765);
		assert_int_equal(stat("ln", &st), 0);
		assert_int_equal(st.st_uid, 1234);
		assert_int_equal(st.st_gid, gid);
		assert_int_equal(js_fchown(fd, (unsigned)-1, 555), 0);
		assert_int_equal(stat("f", &st), 0);
		assert_int_equal(st.st_uid, 1234);
		assert_int_equal(st.st_gid, 555);
		assert_int_equal(js_fchownat(JS_AT_FDCWD, "ln", 77, 88, 0), 0);
		assert_int_equal(stat("f", &st), 0);
		assert_int_equal(st.st_uid, 77);
		assert_int_equal(st.st_gid, 88);
		assert_int_equal(js_chown("f", uid, gid), 0);
		assert_int_equal(js_lchown("ln", uid, gid), 0);
	}
	assert_int_equal(js_chown("nope", uid, gid), -JS_ENOENT);
	assert_int_equal(js_chown("dangling", uid, gid), GLIBC(chown("dangling", uid, gid)));
	assert_int_equal(js_lchown("dangling", uid, gid), 0);
	assert_int_equal(js_chown(NULL, uid, gid), -JS_EFAULT);
	assert_int_equal(js_lchown(NULL, uid, gid), -JS_EFAULT);
	assert_int_equal(js_fchown(-1, uid, gid), -JS_EBADF);
	assert_int_equal(js_fchown(-1, uid, gid), GLIBC(fchown(-1, uid, gid)));
	assert_int_equal(js_fchownat(JS_AT_FDCWD, "f", uid, gid, 0x1), -JS_EINVAL);
	assert_int_equal(js_fchownat(JS_AT_FDCWD, "f", uid, gid, 0x1),
			 GLIBC(fchownat(AT_FDCWD, "f", uid, gid, 0x1)));
	close(fd);
}

static void times_eq(const char *path, int follow, long as, long ans, long ms, long mns)
{
	struct stat st;

	assert_int_equal(follow ? stat(path, &st) : lstat(path, &st), 0);
	assert_int_equal(st.st_atim.tv_sec, as);
	assert_int_equal(st.st_atim.tv_nsec, ans);
	assert_int_equal(st.st_mtim.tv_sec, ms);
	assert_int_equal(st.st_mtim.tv_nsec, mns);
}

static int recent(long sec)
{
	long now = time(NULL);

	return sec >= now - 5 && sec <= now + 1;
}

static void utime_calls(void **state)
{
	struct js_utimbuf ub = { 1000000000, 1100000000 };
	struct js_timeval tv[2] = { { 1200000000, 123456 }, { 1300000000, 999999 } };
	struct stat st;

	(void)state;
	assert_int_equal(js_utime("f", &ub), 0);
	times_eq("f", 1, 1000000000, 0, 1100000000, 0);
	/* Through the link, onto the target. */
	assert_int_equal(js_utime("ln", &ub), 0);
	assert_int_equal(js_utime("f", NULL), 0);
	assert_int_equal(stat("f", &st), 0);
	assert_true(recent(st.st_mtim.tv_sec) && recent(st.st_atim.tv_sec));
	/* utimes passes the filename (the JavaScript libjs's did not). */
	assert_int_equal(js_utimes("f", tv), 0);
	times_eq("f", 1, 1200000000, 123456000, 1300000000, 999999000);
	assert_int_equal(js_utimes("f", NULL), 0);
	assert_int_equal(stat("f", &st), 0);
	assert_true(recent(st.st_mtim.tv_sec));
	tv[0].tv_usec = 1000000;
	assert_int_equal(js_utimes("f", tv), -JS_EINVAL);
	assert_int_equal(js_utimes("f", tv), GLIBC(utimes("f", (struct timeval *)tv)));
	assert_int_equal(js_utime("nope", &ub), -JS_ENOENT);
	assert_int_equal(js_utime("nope", &ub), GLIBC(utime("nope", (struct utimbuf *)&ub)));
	assert_int_equal(js_utimes("nope", NULL), -JS_ENOENT);
	assert_int_equal(js_utime(NULL, &ub), -JS_EFAULT);
	assert_int_equal(js_utime("f", bad_ptr()), -JS_EFAULT);
	assert_int_equal(js_utimes("f", bad_ptr()), -JS_EFAULT);
}

static void utimensat_calls(void **state)
{
	struct js_timespec ts[2] = { { 1400000000, 111 }, { 1500000000, 999999999 } };
	struct stat st, ln;
	int dfd = open(".", O_RDONLY | O_DIRECTORY), fd = open("f", O_RDWR);

	(void)state;
	assert_int_equal(js_utimensat(JS_AT_FDCWD, "f", ts, 0), 0);
	times_eq("f", 1, 1400000000, 111, 1500000000, 999999999);
	assert_int_equal(js_utimensat(dfd, "f", ts, 0), 0);
	/* OMIT keeps a time, NOW sets it. */
	ts[0].tv_nsec = JS_UTIME_OMIT;
	ts[1].tv_sec = 1600000000;
	ts[1].tv_nsec = 5;
	assert_int_equal(js_utimensat(JS_AT_FDCWD, "f", ts, 0), 0);
	times_eq("f", 1, 1400000000, 111, 1600000000, 5);
	ts[0].tv_nsec = 7;
	ts[1].tv_nsec = JS_UTIME_NOW;
	assert_int_equal(js_utimensat(JS_AT_FDCWD, "f", ts, 0), 0);
	assert_int_equal(stat("f", &st), 0);
	assert_int_equal(st.st_atim.tv_sec, 1400000000);
	assert_int_equal(st.st_atim.tv_nsec, 7);
	assert_true(recent(st.st_mtim.tv_sec));
	/* Both OMIT: nothing changes. */
	ts[0].tv_nsec = ts[1].tv_nsec = JS_UTIME_OMIT;
	assert_int_equal(js_utimensat(JS_AT_FDCWD, "f", ts, 0), 0);
	{
		struct stat again;

		assert_int_equal(stat("f", &again), 0);
		assert_int_equal(again.st_mtim.tv_nsec, st.st_mtim.tv_nsec);
		assert_int_equal(again.st_atim.tv_nsec, 7);
	}
	/* NULL times: both now. */
	assert_int_equal(js_utimensat(JS_AT_FDCWD, "f", NULL, 0), 0);
	assert_int_equal(stat("f", &st), 0);
	assert_true(recent(st.st_atim.tv_sec) && recent(st.st_mtim.tv_sec));
	/* The link itself, not its target. */
	assert_int_equal(stat("f", &st), 0);
	ts[0] = (struct js_timespec){ 1000, 1 };
	ts[1] = (struct js_timespec){ 2000, 2 };
	assert_int_equal(js_utimensat(JS_AT_FDCWD, "ln", ts, JS_AT_SYMLINK_NOFOLLOW), 0);
	times_eq("ln", 0, 1000, 1, 2000, 2);
	assert_int_equal(stat("f", &ln), 0);
	assert_int_equal(ln.st_mtim.tv_sec, st.st_mtim.tv_sec);
	/* A NULL path is the kernel's futimens: the file dirfd names (glibc's
	 * utimensat refuses it with EINVAL; libjs passes it as is). */
	assert_int_equal(js_utimensat(fd, NULL, ts, 0), 0);
	times_eq("f", 1, 1000, 1, 2000, 2);
	assert_int_equal(js_utimensat(fd, NULL, ts, 0),
			 GLIBC(syscall(SYS_utimensat, fd, NULL, ts, 0)));
	assert_int_equal(js_utimensat(JS_AT_FDCWD, NULL, ts, 0), -JS_EFAULT);
	/* Errors. */
	ts[0].tv_nsec = 1000000000;
	assert_int_equal(js_utimensat(JS_AT_FDCWD, "f", ts, 0), -JS_EINVAL);
	assert_int_equal(js_utimensat(JS_AT_FDCWD, "f", ts, 0),
			 GLIBC(utimensat(AT_FDCWD, "f", (struct timespec *)ts, 0)));
	ts[0].tv_nsec = -1;
	assert_int_equal(js_utimensat(JS_AT_FDCWD, "f", ts, 0), -JS_EINVAL);
	ts[0].tv_nsec = 0;
	assert_int_equal(js_utimensat(JS_AT_FDCWD, "nope", ts, 0), -JS_ENOENT);
	assert_int_equal(js_utimensat(JS_AT_FDCWD, "f", ts, 0x1), -JS_EINVAL);
	assert_int_equal(js_utimensat(-1, "f", ts, 0), -JS_EBADF);
	assert_int_equal(js_utimensat(JS_AT_FDCWD, "f", bad_ptr(), 0), -JS_EFAULT);
	close(fd);
	close(dfd);
}

static void futimens_calls(void **state)
{
	struct js_timespec ts[2] = { { 1700000000, 42 }, { 1710000000, 43 } };
	struct stat st;
	int fd = open("f", O_RDWR);

	(void)state;
	assert_int_equal(js_futimens(fd, ts), 0);
	times_eq("f", 1, 1700000000, 42, 1710000000, 43);
	ts[0].tv_nsec = JS_UTIME_NOW;
	ts[1].tv_nsec = JS_UTIME_OMIT;
	assert_int_equal(js_futimens(fd, ts), 0);
	assert_int_equal(stat("f", &st), 0);
	assert_true(recent(st.st_atim.tv_sec));
	assert_int_equal(st.st_mtim.tv_sec, 1710000000);
	assert_int_equal(st.st_mtim.tv_nsec, 43);
	assert_int_equal(js_futimens(fd, NULL), 0);
	assert_int_equal(stat("f", &st), 0);
	assert_true(recent(st.st_mtim.tv_sec));
	assert_int_equal(js_futimens(-1, NULL), -JS_EBADF);
	assert_int_equal(js_futimens(-1, NULL), GLIBC(futimens(-1, NULL)));
	/* AT_FDCWD is no fd either (the raw utimensat would say EFAULT). */
	assert_int_equal(js_futimens(AT_FDCWD, NULL), GLIBC(futimens(AT_FDCWD, NULL)));
	assert_int_equal(js_futimens(AT_FDCWD, NULL), -JS_EBADF);
	ts[0].tv_nsec = 2000000000;
	assert_int_equal(js_futimens(fd, ts), -JS_EINVAL);
	assert_int_equal(js_futimens(fd, ts), GLIBC(futimens(fd, (struct timespec *)ts)));
	assert_int_equal(js_futimens(fd, bad_ptr()), -JS_EFAULT);
	close(fd);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(stat_family),
		cmocka_unit_test(stat_errors),
		cmocka_unit_test(statx_vs_stat),
		cmocka_unit_test(access_calls),
		cmocka_unit_test(chmod_calls),
		cmocka_unit_test(chown_calls),
		cmocka_unit_test(utime_calls),
		cmocka_unit_test(utimensat_calls),
		cmocka_unit_test(futimens_calls),
	};
	return cmocka_run_group_tests(tests, setup, NULL);
}
