/* Freestanding: metadata calls with no libc linked: stat family and
 * statx agree, permission/ownership/time changes show in stat. */
#include "fs_free.h"

static void t_stat_family(void)
{
	struct js_stat a, b;
	struct js_statx x;
	long fd;

	put("f", "1234567");
	CHECK_EQ(js_symlink("f", "ln"), 0);
	CHECK_EQ(js_stat("f", &a), 0);
	CHECK_EQ(a.st_size, 7);
	CHECK(JS_S_ISREG(a.st_mode));
	CHECK_EQ(a.st_nlink, 1);
	CHECK_EQ(js_stat("ln", &b), 0);
	CHECK_EQ(b.st_ino, a.st_ino);
	CHECK_EQ(js_lstat("ln", &b), 0);
	CHECK(JS_S_ISLNK(b.st_mode));
	CHECK_EQ(b.st_size, 1);
	CHECK_EQ(js_fstatat(JS_AT_FDCWD, "ln", &b, JS_AT_SYMLINK_NOFOLLOW), 0);
	CHECK(JS_S_ISLNK(b.st_mode));
	fd = js_open("f", JS_O_RDONLY);
	CHECK_EQ(js_fstat((int)fd, &b), 0);
	CHECK_EQ(b.st_ino, a.st_ino);
	CHECK_EQ(b.st_dev, a.st_dev);
	CHECK_EQ(js_fstatat((int)fd, "", &b, JS_AT_EMPTY_PATH), 0);
	CHECK_EQ(b.st_ino, a.st_ino);
	CHECK_EQ(js_statx((int)fd, "", JS_AT_EMPTY_PATH, JS_STATX_BASIC_STATS, &x), 0);
	CHECK_EQ(x.stx_mask & JS_STATX_BASIC_STATS, JS_STATX_BASIC_STATS);
	CHECK_EQ(x.stx_ino, a.st_ino);
	CHECK_EQ(x.stx_size, 7);
	CHECK_EQ(x.stx_mode, a.st_mode);
	CHECK_EQ(x.stx_nlink, a.st_nlink);
	CHECK_EQ(x.stx_uid, a.st_uid);
	CHECK_EQ(x.stx_blocks, a.st_blocks);
	CHECK_EQ(x.stx_mtime.tv_sec, a.st_mtim.tv_sec);
	CHECK_EQ(x.stx_mtime.tv_nsec, a.st_mtim.tv_nsec);
	js_close((int)fd);
	CHECK_EQ(js_stat("nope", &a), -JS_ENOENT);
	CHECK_EQ(js_stat("f", 0), -JS_EFAULT);
	CHECK_EQ(js_fstat(-1, &a), -JS_EBADF);
	CHECK_EQ(js_fstatat(JS_AT_FDCWD, "f", &a, 7), -JS_EINVAL);
	CHECK_EQ(js_statx(JS_AT_FDCWD, "f", 0, JS_STATX__RESERVED, &x), -JS_EINVAL);
	CHECK_EQ(js_statx(JS_AT_FDCWD, "nope", 0, JS_STATX_ALL, &x), -JS_ENOENT);
}

static void t_access_chmod_chown(void)
{
	struct js_stat st;
	long fd, uid = js_getuid(), gid = js_getgid();

	put("p", "");
	CHECK_EQ(js_access("p", JS_F_OK), 0);
	CHECK_EQ(js_access("p", JS_R_OK | JS_W_OK), 0);
	CHECK_EQ(js_access("p", JS_X_OK), -JS_EACCES);
	CHECK_EQ(js_access("nope", JS_F_OK), -JS_ENOENT);
	CHECK_EQ(js_faccessat2(JS_AT_FDCWD, "p", JS_R_OK, JS_AT_EACCESS), 0);
	CHECK_EQ(js_faccessat2(JS_AT_FDCWD, "p", JS_R_OK, 1), -JS_EINVAL);
	CHECK_EQ(js_chmod("p", 0751), 0);
	CHECK_EQ(js_stat("p", &st), 0);
	CHECK_EQ(st.st_mode & 07777, 0751);
	CHECK_EQ(js_access("p", JS_X_OK), 0);
	fd = js_open("p", JS_O_RDONLY);
	CHECK_EQ(js_fchmod((int)fd, 0604), 0);
	CHECK_EQ(js_stat("p", &st), 0);
	CHECK_EQ(st.st_mode & 07777, 0604);
	CHECK_EQ(js_fchmodat(JS_AT_FDCWD, "p", 0644, 0), 0);
	CHECK_EQ(js_stat("p", &st), 0);
	CHECK_EQ(st.st_mode & 07777, 0644);
	CHECK_EQ(js_chown("p", (unsigned)uid, (unsigned)gid), 0);
	CHECK_EQ(js_chown("p", (unsigned)-1, (unsigned)-1), 0);
	CHECK_EQ(js_fchown((int)fd, (unsigned)uid, (unsigned)-1), 0);
	CHECK_EQ(js_symlink("p", "pl"), 0);
	CHECK_EQ(js_lchown("pl", (unsigned)uid, (unsigned)gid), 0);
	CHECK_EQ(js_fchownat(JS_AT_FDCWD, "pl", (unsigned)uid, (unsigned)gid, JS_AT_SYMLINK_NOFOLLOW), 0);
	CHECK_EQ(js_stat("p", &st), 0);
	CHECK_EQ(st.st_uid, uid);
	CHECK_EQ(st.st_gid, gid);
	js_close((int)fd);
	CHECK_EQ(js_chmod("nope", 0644), -JS_ENOENT);
	CHECK_EQ(js_fchmod(-1, 0644), -JS_EBADF);
	CHECK_EQ(js_chown(0, 0, 0), -JS_EFAULT);
	CHECK_EQ(js_fchown(-1, 0, 0), -JS_EBADF);
}

static void t_times(void)
{
	struct js_stat st;
	struct js_utimbuf ub = { 1000000000, 1100000000 };
	struct js_timeval tv[2] = { { 1200000000, 5 }, { 1300000000, 6 } };
	struct js_timespec ts[2] = { { 1400000000, 7 }, { 0, JS_UTIME_OMIT } };
	long fd;

	put("t", "");
	CHECK_EQ(js_utime("t", &ub), 0);
	CHECK_EQ(js_stat("t", &st), 0);
	CHECK_EQ(st.st_atim.tv_sec, 1000000000);
	CHECK_EQ(st.st_mtim.tv_sec, 1100000000);
	CHECK_EQ(js_utimes("t", tv), 0);
	CHECK_EQ(js_stat("t", &st), 0);
	CHECK_EQ(st.st_atim.tv_nsec, 5000);
	CHECK_EQ(st.st_mtim.tv_sec, 1300000000);
	CHECK_EQ(st.st_mtim.tv_nsec, 6000);
	CHECK_EQ(js_utimensat(JS_AT_FDCWD, "t", ts, 0), 0);
	CHECK_EQ(js_stat("t", &st), 0);
	CHECK_EQ(st.st_atim.tv_sec, 1400000000);
	CHECK_EQ(st.st_atim.tv_nsec, 7);
	CHECK_EQ(st.st_mtim.tv_sec, 1300000000);
	fd = js_open("t", JS_O_RDWR);
	ts[0].tv_nsec = JS_UTIME_OMIT;
	ts[1] = (struct js_timespec){ 1500000000, 8 };
	CHECK_EQ(js_futimens((int)fd, ts), 0);
	CHECK_EQ(js_stat("t", &st), 0);
	CHECK_EQ(st.st_atim.tv_sec, 1400000000);
	CHECK_EQ(st.st_mtim.tv_sec, 1500000000);
	CHECK_EQ(st.st_mtim.tv_nsec, 8);
	ts[1].tv_nsec = JS_UTIME_NOW;
	CHECK_EQ(js_futimens((int)fd, ts), 0);
	CHECK_EQ(js_stat("t", &st), 0);
	CHECK(st.st_mtim.tv_sec > 1600000000);
	CHECK_EQ(js_futimens((int)fd, 0), 0);
	js_close((int)fd);
	ts[0].tv_nsec = 1000000000;
	CHECK_EQ(js_utimensat(JS_AT_FDCWD, "t", ts, 0), -JS_EINVAL);
	CHECK_EQ(js_utime("nope", 0), -JS_ENOENT);
	CHECK_EQ(js_utimes("nope", 0), -JS_ENOENT);
	CHECK_EQ(js_futimens(-1, 0), -JS_EBADF);
}

JT_MAIN(T(t_stat_family), T(t_access_chmod_chown), T(t_times))
