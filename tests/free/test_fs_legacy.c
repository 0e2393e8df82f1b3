/* The legacy path calls (open, stat, access, mkdir, rename, utimes, pipe,
 * dup2, ...) with their exact results and errors.  x86_64 issues the
 * legacy syscalls themselves, so there this checks the kernel; aarch64 and
 * riscv64 have only the *at forms (asm-generic/unistd.h), so there the same
 * rows check libjs's mapping.  Runs on all three (make check, qemu-user). */
#include "runner.h"

static struct js_stat st;

/* Each test works in a fresh directory of its own, so names never clash. */
static void enter(const char *dir)
{
	CHECK_EQ(js_mkdir(dir, 0755), 0);
	CHECK_EQ(js_chdir(dir), 0);
}

static void leave(void)
{
	CHECK_EQ(js_chdir(".."), 0);
}

static long mkfile(const char *path, const char *data)
{
	long fd = js_open(path, JS_O_WRONLY | JS_O_CREAT | JS_O_TRUNC, 0644);

	if (fd < 0)
		return fd;
	if (data)
		js_write_str((int)fd, data);
	return js_close((int)fd);
}

static void t_open(void)
{
	long fd;

	enter("open");
	fd = js_open("f", JS_O_RDWR | JS_O_CREAT | JS_O_EXCL, 0600);
	CHECK(fd >= 0);
	CHECK_EQ(js_write(fd, "abc", 3), 3);
	CHECK_EQ(js_close(fd), 0);
	CHECK_EQ(js_open("f", JS_O_RDWR | JS_O_CREAT | JS_O_EXCL, 0600), -JS_EEXIST);
	CHECK_EQ(js_open("missing", JS_O_RDONLY), -JS_ENOENT);
	CHECK_EQ(js_open(0, JS_O_RDONLY), -JS_EFAULT);
	/* The per-architecture O_ bits reach the kernel with their meaning. */
	CHECK_EQ(js_open("f", JS_O_RDONLY | JS_O_DIRECTORY), -JS_ENOTDIR);
	CHECK_EQ(js_symlink("f", "l"), 0);
	CHECK_EQ(js_open("l", JS_O_RDONLY | JS_O_NOFOLLOW), -JS_ELOOP);
	fd = js_open(".", JS_O_RDONLY | JS_O_DIRECTORY);
	CHECK(fd >= 0);
	js_close(fd);
	leave();
}

static void t_stat_lstat(void)
{
	enter("stat_lstat");
	CHECK_EQ(mkfile("f", "12345"), 0);
	CHECK_EQ(js_chmod("f", 0640), 0);
	CHECK_EQ(js_symlink("f", "l"), 0);
	CHECK_EQ(js_stat("l", &st), 0);
	CHECK(JS_S_ISREG(st.st_mode));
	CHECK_EQ(st.st_mode & 07777, 0640);
	CHECK_EQ(st.st_size, 5);
	CHECK_EQ(st.st_nlink, 1);
	CHECK_EQ(st.st_uid, js_geteuid());
	CHECK_EQ(js_lstat("l", &st), 0);
	CHECK(JS_S_ISLNK(st.st_mode));
	CHECK_EQ(st.st_size, 1);
	CHECK_EQ(js_stat("missing", &st), -JS_ENOENT);
	CHECK_EQ(js_lstat("", &st), -JS_ENOENT);
	CHECK_EQ(js_stat("f/x", &st), -JS_ENOTDIR);
	CHECK_EQ(js_stat("f", 0), -JS_EFAULT);
	leave();
}

static void t_access(void)
{
	enter("access");
	CHECK_EQ(mkfile("f", 0), 0);
	CHECK_EQ(js_access("f", JS_F_OK), 0);
	CHECK_EQ(js_access("f", JS_R_OK | JS_W_OK), 0);
	CHECK_EQ(js_access("missing", JS_F_OK), -JS_ENOENT);
	CHECK_EQ(js_access("f", 8), -JS_EINVAL);
	leave();
}

static void t_mkdir_rmdir_unlink(void)
{
	enter("mkdir_rmdir_unlink");
	CHECK_EQ(js_mkdir("d", 0755), 0);
	CHECK_EQ(js_mkdir("d", 0755), -JS_EEXIST);
	CHECK_EQ(mkfile("d/f", 0), 0);
	CHECK_EQ(js_rmdir("d"), -JS_ENOTEMPTY);
	CHECK_EQ(js_unlink("d"), -JS_EISDIR);
	CHECK_EQ(js_rmdir("d/f"), -JS_ENOTDIR);
	CHECK_EQ(js_unlink("d/f"), 0);
	CHECK_EQ(js_unlink("d/f"), -JS_ENOENT);
	CHECK_EQ(js_rmdir("d"), 0);
	CHECK_EQ(js_stat("d", &st), -JS_ENOENT);
	CHECK_EQ(js_rmdir("."), -JS_EINVAL);
	leave();
}

static void t_links(void)
{
	char buf[16];

	enter("links");
	CHECK_EQ(mkfile("f", "x"), 0);
	CHECK_EQ(js_link("f", "h"), 0);
	CHECK_EQ(js_stat("f", &st), 0);
	CHECK_EQ(st.st_nlink, 2);
	CHECK_EQ(js_link("f", "h"), -JS_EEXIST);
	CHECK_EQ(js_symlink("dangling", "s"), 0);
	/* link(2) does not follow a symlink oldpath: the link is to "s". */
	CHECK_EQ(js_link("s", "s2"), 0);
	CHECK_EQ(js_lstat("s2", &st), 0);
	CHECK(JS_S_ISLNK(st.st_mode));
	CHECK_EQ(js_readlink("s", buf, sizeof buf), 8);
	CHECK(buf[0] == 'd' && buf[7] == 'g');
	CHECK_EQ(js_readlink("s", buf, 3), 3);
	CHECK_EQ(js_readlink("s", buf, 0), -JS_EINVAL);
	CHECK_EQ(js_readlink("f", buf, sizeof buf), -JS_EINVAL);
	CHECK_EQ(js_readlink("missing", buf, sizeof buf), -JS_ENOENT);
	CHECK_EQ(js_symlink("x", "s"), -JS_EEXIST);
	leave();
}

static void t_rename(void)
{
	enter("rename");
	CHECK_EQ(mkfile("a", "1"), 0);
	CHECK_EQ(mkfile("b", "22"), 0);
	CHECK_EQ(js_rename("a", "b"), 0);
	CHECK_EQ(js_stat("a", &st), -JS_ENOENT);
	CHECK_EQ(js_stat("b", &st), 0);
	CHECK_EQ(st.st_size, 1);
	CHECK_EQ(js_rename("missing", "c"), -JS_ENOENT);
	CHECK_EQ(js_mkdir("d", 0755), 0);
	CHECK_EQ(js_rename("d", "b"), -JS_ENOTDIR);
	CHECK_EQ(js_rename("b", "d"), -JS_EISDIR);
	CHECK_EQ(js_renameat(JS_AT_FDCWD, "b", JS_AT_FDCWD, "d/b"), 0);
	CHECK_EQ(js_stat("d/b", &st), 0);
	leave();
}

static void t_chmod_chown(void)
{
	long uid = js_geteuid(), gid = js_getegid();

	enter("chmod_chown");
	CHECK_EQ(mkfile("f", 0), 0);
	CHECK_EQ(js_symlink("f", "l"), 0);
	CHECK_EQ(js_chmod("l", 0604), 0);
	CHECK_EQ(js_stat("f", &st), 0);
	CHECK_EQ(st.st_mode & 07777, 0604);
	CHECK_EQ(js_chmod("missing", 0600), -JS_ENOENT);
	/* Giving a file to its own owner and group is allowed to anyone. */
	CHECK_EQ(js_chown("l", (unsigned)uid, (unsigned)gid), 0);
	CHECK_EQ(js_lchown("l", (unsigned)uid, (unsigned)gid), 0);
	CHECK_EQ(js_chown("l", (unsigned)-1, (unsigned)-1), 0);
	CHECK_EQ(js_chown("missing", (unsigned)uid, (unsigned)gid), -JS_ENOENT);
	CHECK_EQ(js_lchown("missing", (unsigned)uid, (unsigned)gid), -JS_ENOENT);
	if (uid != 0) {
		CHECK_EQ(js_chown("f", 0, 0), -JS_EPERM);
		CHECK_EQ(js_lchown("l", 0, 0), -JS_EPERM);
	}
	leave();
}

static void t_utime_utimes(void)
{
	struct js_utimbuf ub = { 1000000000, 1200000000 };
	struct js_timeval tv[2] = { { 1300000000, 250000 }, { 1400000000, 999999 } };

	enter("utime_utimes");
	CHECK_EQ(mkfile("f", 0), 0);
	CHECK_EQ(js_utime("f", &ub), 0);
	CHECK_EQ(js_stat("f", &st), 0);
	CHECK_EQ(st.st_atim.tv_sec, 1000000000);
	CHECK_EQ(st.st_mtim.tv_sec, 1200000000);
	CHECK_EQ(st.st_mtim.tv_nsec, 0);
	CHECK_EQ(js_utimes("f", tv), 0);
	CHECK_EQ(js_stat("f", &st), 0);
	CHECK_EQ(st.st_atim.tv_sec, 1300000000);
	CHECK_EQ(st.st_atim.tv_nsec, 250000000);
	CHECK_EQ(st.st_mtim.tv_sec, 1400000000);
	CHECK_EQ(st.st_mtim.tv_nsec, 999999000);
	/* NULL is "now": the times move far past 2014. */
	CHECK_EQ(js_utimes("f", 0), 0);
	CHECK_EQ(js_stat("f", &st), 0);
	CHECK(st.st_mtim.tv_sec > 1500000000);
	CHECK_EQ(js_utime("f", &ub), 0);
	CHECK_EQ(js_utime("f", 0), 0);
	CHECK_EQ(js_stat("f", &st), 0);
	CHECK(st.st_mtim.tv_sec > 1500000000);
	/* Out-of-range microseconds are EINVAL, before the path is looked at. */
	tv[1].tv_usec = 1000000;
	CHECK_EQ(js_utimes("missing", tv), -JS_EINVAL);
	tv[1].tv_usec = -1;
	CHECK_EQ(js_utimes("f", tv), -JS_EINVAL);
	tv[1].tv_usec = 0;
	CHECK_EQ(js_utimes("missing", tv), -JS_ENOENT);
	CHECK_EQ(js_utime("missing", &ub), -JS_ENOENT);
	CHECK_EQ(js_utime("missing", 0), -JS_ENOENT);
	CHECK_EQ(js_utimes(0, 0), -JS_EFAULT);
	leave();
}

static void t_pipe(void)
{
	int fds[2];
	char c = 0;

	enter("pipe");
	CHECK_EQ(js_pipe(fds), 0);
	CHECK_EQ(js_write(fds[1], "z", 1), 1);
	CHECK_EQ(js_read(fds[0], &c, 1), 1);
	CHECK_EQ(c, 'z');
	CHECK_EQ(js_close(fds[0]), 0);
	CHECK_EQ(js_close(fds[1]), 0);
	CHECK_EQ(js_pipe(0), -JS_EFAULT);
	leave();
}

static void t_dup2(void)
{
	int fds[2];
	long fd;

	enter("dup2");
	CHECK_EQ(js_pipe(fds), 0);
	/* dup2(fd, fd): fd itself when open (dup3 would say EINVAL) ... */
	CHECK_EQ(js_dup2(fds[0], fds[0]), fds[0]);
	/* ... and EBADF when not. */
	CHECK_EQ(js_dup2(999, 999), -JS_EBADF);
	CHECK_EQ(js_dup2(-1, -1), -JS_EBADF);
	CHECK_EQ(js_dup2(999, 50), -JS_EBADF);
	CHECK_EQ(js_dup2(fds[0], -1), -JS_EBADF);
	CHECK_EQ(js_dup2(fds[1], 50), 50);
	CHECK_EQ(js_write(50, "q", 1), 1);
	/* Over an open descriptor: it is closed first, silently. */
	CHECK_EQ(js_dup2(fds[0], 50), 50);
	fd = js_open(".", JS_O_PATH);
	CHECK(fd >= 0);
	CHECK_EQ(js_dup2(fd, fd), fd);
	js_close(fd);
	js_close(50);
	js_close(fds[0]);
	js_close(fds[1]);
	leave();
}

static void t_numbers(void)
{
	/* The table reaches the kernel: the same call by number and by name. */
	CHECK_EQ(js_syscall(JS_NR_getpid), js_getpid());
	CHECK_EQ(js_syscall(JS_NR_close, -1), -JS_EBADF);
}

JT_MAIN(T(t_open), T(t_stat_lstat), T(t_access), T(t_mkdir_rmdir_unlink),
	T(t_links), T(t_rename), T(t_chmod_chown), T(t_utime_utimes),
	T(t_pipe), T(t_dup2), T(t_numbers))
