/* Opening, closing and descriptor calls against glibc: the 3-argument
 * open with its mode honoured, O_TMPFILE, dup/dup2/dup3/pipe/pipe2 and
 * their close-on-exec and status flags as glibc's fcntl sees them. */
#include <stdio.h>
#include "fs_util.h"
#include <libjs/libjs.h>

static void open_mode(void **state)
{
	struct stat st;
	mode_t old = umask(0);
	long fd;

	(void)state;
	/* The 3-argument call; the mode reaches the kernel intact. */
	fd = js_open("m1", JS_O_WRONLY | JS_O_CREAT | JS_O_EXCL, 0751);
	assert_true(fd >= 0);
	assert_int_equal(fstat((int)fd, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0751);
	close((int)fd);
	fd = js_open("m2", JS_O_RDWR | JS_O_CREAT, (unsigned int)(JS_S_IRUSR | JS_S_IWGRP));
	assert_true(fd >= 0);
	assert_int_equal(fstat((int)fd, &st), 0);
	assert_int_equal(st.st_mode, S_IFREG | 0420);
	close((int)fd);
	/* The umask applies, as for glibc's open. */
	umask(022);
	fd = js_open("m3", JS_O_WRONLY | JS_O_CREAT, 0777);
	assert_int_equal(fstat((int)fd, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0755);
	close((int)fd);
	umask(0);
	/* The 2-argument call when nothing is created. */
	fd = js_open("m1", JS_O_RDONLY);
	assert_true(fd >= 0);
	assert_int_equal(fcntl((int)fd, F_GETFL) & O_ACCMODE, O_RDONLY);
	close((int)fd);
	/* openat, relative to a directory fd, with a mode. */
	mkdir("od", 0755);
	{
		int dfd = open("od", O_RDONLY | O_DIRECTORY);

		fd = js_openat(dfd, "f", JS_O_WRONLY | JS_O_CREAT, 0604);
		assert_true(fd >= 0);
		assert_int_equal(stat("od/f", &st), 0);
		assert_int_equal(st.st_mode & 07777, 0604);
		close((int)fd);
		assert_int_equal(js_openat(dfd, "f", JS_O_RDONLY | JS_O_CREAT | JS_O_EXCL, 0600),
				 GLIBC(openat(dfd, "f", O_RDONLY | O_CREAT | O_EXCL, 0600)));
		fd = js_openat(JS_AT_FDCWD, "od/f", JS_O_RDONLY);
		assert_true(fd >= 0);
		close((int)fd);
		close(dfd);
	}
	umask(old);
}

static void open_flags(void **state)
{
	long fd;

	(void)state;
	fd = js_open("fl", JS_O_RDWR | JS_O_CREAT | JS_O_APPEND | JS_O_NONBLOCK | JS_O_CLOEXEC, 0600);
	assert_true(fd >= 0);
	assert_int_equal(fcntl((int)fd, F_GETFD), FD_CLOEXEC);
	assert_int_equal(fcntl((int)fd, F_GETFL) & (O_ACCMODE | O_APPEND | O_NONBLOCK),
			 O_RDWR | O_APPEND | O_NONBLOCK);
	/* The kernel reports O_LARGEFILE back on 64-bit: our value is the
	 * kernel's, which glibc hides as 0. */
	assert_true(fcntl((int)fd, F_GETFL) & JS_O_LARGEFILE);
	assert_int_equal(js_write((int)fd, "ab", 2), 2);
	close((int)fd);
	fd = js_open("fl", JS_O_WRONLY | JS_O_TRUNC);
	assert_true(fd >= 0);
	assert_int_equal(fcntl((int)fd, F_GETFD), 0);
	assert_int_equal(lseek((int)fd, 0, SEEK_END), 0);
	close((int)fd);
	/* O_PATH: a handle, not readable. */
	fd = js_open("fl", JS_O_PATH);
	assert_true(fd >= 0);
	assert_int_equal(js_read((int)fd, &fd, 1), -JS_EBADF);
	close((int)fd);
	/* O_NOFOLLOW on a symlink. */
	symlink("fl", "fl-link");
	assert_int_equal(js_open("fl-link", JS_O_RDONLY | JS_O_NOFOLLOW),
			 GLIBC(open("fl-link", O_RDONLY | O_NOFOLLOW)));
	assert_int_equal(js_open("fl-link", JS_O_RDONLY | JS_O_NOFOLLOW), -JS_ELOOP);
	/* O_DIRECTORY on a file. */
	assert_int_equal(js_open("fl", JS_O_RDONLY | JS_O_DIRECTORY), -JS_ENOTDIR);
}

static void open_errors(void **state)
{
	char longname[300], longpath[5000];
	int fds = count_fds();

	(void)state;
	put_file("exists", "x");
	mkdir("adir", 0755);
	assert_int_equal(js_open("nope", JS_O_RDONLY), GLIBC(open("nope", O_RDONLY)));
	assert_int_equal(js_open("nope", JS_O_RDONLY), -JS_ENOENT);
	assert_int_equal(js_open("exists", JS_O_CREAT | JS_O_EXCL | JS_O_WRONLY, 0644), -JS_EEXIST);
	assert_int_equal(js_open("adir", JS_O_WRONLY), GLIBC(open("adir", O_WRONLY)));
	assert_int_equal(js_open("adir", JS_O_WRONLY), -JS_EISDIR);
	assert_int_equal(js_open("exists/x", JS_O_RDONLY), -JS_ENOTDIR);
	assert_int_equal(js_open(NULL, JS_O_RDONLY), -JS_EFAULT);
	assert_int_equal(js_open(bad_ptr(), JS_O_RDONLY), -JS_EFAULT);
	assert_int_equal(js_open("", JS_O_RDONLY), -JS_ENOENT);
	assert_int_equal(js_openat(-1, "x", JS_O_RDONLY), -JS_EBADF);
	assert_int_equal(js_openat(-1, "x", JS_O_RDONLY), GLIBC(openat(-1, "x", O_RDONLY)));
	/* A component over 255 bytes, a path over 4096. */
	memset(longname, 'a', 256);
	longname[256] = 0;
	assert_int_equal(js_open(longname, JS_O_RDONLY), -JS_ENAMETOOLONG);
	assert_int_equal(js_open(longname, JS_O_RDONLY), GLIBC(open(longname, O_RDONLY)));
	memset(longpath, 0, sizeof longpath);
	for (int i = 0; i < 2400; i++)
		memcpy(longpath + 2 * i, "./", 2);
	longpath[4800] = 'x';
	assert_int_equal(js_open(longpath, JS_O_RDONLY), -JS_ENAMETOOLONG);
	assert_int_equal(js_open(longpath, JS_O_RDONLY), GLIBC(open(longpath, O_RDONLY)));
	assert_int_equal(count_fds(), fds);
}

static void open_tmpfile(void **state)
{
	struct stat st;
	char path[64];
	long fd;
	mode_t old = umask(0);

	(void)state;
	mkdir("tmpd", 0755);
	fd = js_open("tmpd", JS_O_TMPFILE | JS_O_RDWR, 0640);
	if (fd == -JS_EOPNOTSUPP) {
		print_message("open_tmpfile: skipped, this file system has no O_TMPFILE\n");
		umask(old);
		skip();
	}
	assert_true(fd >= 0);
	assert_int_equal(fstat((int)fd, &st), 0);
	assert_int_equal(st.st_mode, S_IFREG | 0640);
	assert_int_equal(st.st_nlink, 0);
	/* Nameless until linked in. */
	assert_int_equal(js_readdir_list("tmpd", path, sizeof path), 0);
	assert_int_equal(js_write((int)fd, "t", 1), 1);
	assert_int_equal(js_linkat((int)fd, "", JS_AT_FDCWD, "tmpd/named", JS_AT_EMPTY_PATH), 0);
	assert_int_equal(stat("tmpd/named", &st), 0);
	assert_int_equal(st.st_size, 1);
	close((int)fd);
	fd = js_openat(JS_AT_FDCWD, "tmpd", JS_O_TMPFILE | JS_O_WRONLY, 0600);
	assert_true(fd >= 0);
	close((int)fd);
	/* O_TMPFILE needs write access asked for. */
	assert_int_equal(js_open("tmpd", JS_O_TMPFILE | JS_O_RDONLY, 0600),
			 GLIBC(open("tmpd", O_TMPFILE | O_RDONLY, 0600)));
	umask(old);
}

static void close_calls(void **state)
{
	int fd = open("/dev/null", O_RDONLY);

	(void)state;
	assert_int_equal(js_close(fd), 0);
	assert_int_equal(js_close(fd), -JS_EBADF);
	assert_int_equal(js_close(-1), GLIBC(close(-1)));
	assert_int_equal(js_close(1 << 20), -JS_EBADF);
}

static void dup_calls(void **state)
{
	int fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
	long d;

	(void)state;
	d = js_dup(fd);
	assert_true(d > fd || d >= 0);
	/* dup never copies close-on-exec. */
	assert_int_equal(fcntl((int)d, F_GETFD), 0);
	close((int)d);
	assert_int_equal(js_dup(-1), -JS_EBADF);
	assert_int_equal(js_dup(-1), GLIBC(dup(-1)));

	assert_int_equal(js_dup2(fd, 100), 100);
	assert_int_equal(fcntl(100, F_GETFD), 0);
	/* dup2 onto itself: the fd, when valid; EBADF when not. */
	assert_int_equal(js_dup2(100, 100), 100);
	assert_int_equal(js_dup2(fd, -1), GLIBC(dup2(fd, -1)));
	assert_int_equal(js_dup2(fd, -1), -JS_EBADF);
	assert_int_equal(js_dup2(-1, 101), -JS_EBADF);
	close(100);
	assert_int_equal(js_dup2(100, 100), -JS_EBADF);
	assert_int_equal(js_dup2(100, 100), GLIBC(dup2(100, 100)));

	assert_int_equal(js_dup3(fd, 102, JS_O_CLOEXEC), 102);
	assert_int_equal(fcntl(102, F_GETFD), FD_CLOEXEC);
	assert_int_equal(js_dup3(fd, 102, 0), 102);
	assert_int_equal(fcntl(102, F_GETFD), 0);
	close(102);
	/* dup3 refuses the same fd and unknown flags. */
	assert_int_equal(js_dup3(fd, fd, 0), GLIBC(dup3(fd, fd, 0)));
	assert_int_equal(js_dup3(fd, fd, 0), -JS_EINVAL);
	assert_int_equal(js_dup3(fd, 103, JS_O_NONBLOCK), -JS_EINVAL);
	assert_int_equal(js_dup3(-1, 103, 0), -JS_EBADF);
	close(fd);
}

static void pipe_calls(void **state)
{
	int p[2] = { -1, -1 };
	char c;

	(void)state;
	assert_int_equal(js_pipe(p), 0);
	assert_true(p[0] >= 0 && p[1] >= 0 && p[0] != p[1]);
	assert_int_equal(fcntl(p[0], F_GETFD), 0);
	assert_int_equal(fcntl(p[0], F_GETFL) & O_NONBLOCK, 0);
	assert_int_equal(js_write(p[1], "q", 1), 1);
	assert_int_equal(js_read(p[0], &c, 1), 1);
	assert_int_equal(c, 'q');
	close(p[0]);
	close(p[1]);
	assert_int_equal(js_pipe2(p, JS_O_CLOEXEC | JS_O_NONBLOCK), 0);
	assert_int_equal(fcntl(p[0], F_GETFD), FD_CLOEXEC);
	assert_int_equal(fcntl(p[1], F_GETFD), FD_CLOEXEC);
	assert_int_equal(fcntl(p[0], F_GETFL) & O_NONBLOCK, O_NONBLOCK);
	assert_int_equal(fcntl(p[1], F_GETFL) & O_NONBLOCK, O_NONBLOCK);
	assert_int_equal(js_read(p[0], &c, 1), -JS_EAGAIN);
	close(p[0]);
	close(p[1]);
	assert_int_equal(js_pipe2(p, 0), 0);
	assert_int_equal(fcntl(p[1], F_GETFD), 0);
	close(p[0]);
	close(p[1]);
	/* O_DIRECT: a packet-mode pipe. */
	assert_int_equal(js_pipe2(p, JS_O_DIRECT), GLIBC(pipe2(p, O_DIRECT)));
	close(p[0]);
	close(p[1]);
	assert_int_equal(js_pipe2(p, JS_O_RDWR), -JS_EINVAL);
	assert_int_equal(js_pipe2(p, JS_O_RDWR), GLIBC(pipe2(p, O_RDWR)));
	assert_int_equal(js_pipe(NULL), -JS_EFAULT);
	assert_int_equal(js_pipe2(NULL, 0), -JS_EFAULT);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(open_mode),
		cmocka_unit_test(open_flags),
		cmocka_unit_test(open_errors),
		cmocka_unit_test(open_tmpfile),
		cmocka_unit_test(close_calls),
		cmocka_unit_test(dup_calls),
		cmocka_unit_test(pipe_calls),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
