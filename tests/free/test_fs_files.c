/* Freestanding: reading, writing, seeking, descriptors and copying with
 * no libc linked; results checked through libjs itself. */
#include "fs_free.h"

static char big[70000];

static void t_open_read_write(void)
{
	char buf[32];
	struct js_stat st;
	long fd = js_open("f", JS_O_RDWR | JS_O_CREAT | JS_O_EXCL, 0640);

	CHECK(fd >= 0);
	CHECK_EQ(js_fstat((int)fd, &st), 0);
	CHECK(JS_S_ISREG(st.st_mode));
	CHECK_EQ(js_write((int)fd, "hello world", 11), 11);
	CHECK_EQ(js_lseek((int)fd, 0, JS_SEEK_SET), 0);
	CHECK_EQ(js_read((int)fd, buf, 5), 5);
	CHECK(mem_eq(buf, "hello", 5));
	CHECK_EQ(js_read((int)fd, buf, sizeof buf), 6);
	CHECK_EQ(js_read((int)fd, buf, sizeof buf), 0);
	CHECK_EQ(js_close((int)fd), 0);
	CHECK_EQ(js_close((int)fd), -JS_EBADF);
	CHECK_EQ(js_open("f", JS_O_RDWR | JS_O_CREAT | JS_O_EXCL, 0640), -JS_EEXIST);
	CHECK_EQ(js_open("nope", JS_O_RDONLY), -JS_ENOENT);
	CHECK_EQ(js_open(".", JS_O_WRONLY), -JS_EISDIR);
	CHECK_EQ(js_open("f/x", JS_O_RDONLY), -JS_ENOTDIR);
	CHECK_EQ(js_open(0, JS_O_RDONLY), -JS_EFAULT);
	CHECK_EQ(js_read(-1, buf, 1), -JS_EBADF);
	CHECK_EQ(js_write(-1, buf, 1), -JS_EBADF);
	fd = js_openat(JS_AT_FDCWD, "f", JS_O_RDONLY | JS_O_CLOEXEC);
	CHECK(fd >= 0);
	CHECK_EQ(js_read((int)fd, 0, 4), -JS_EFAULT);
	CHECK_EQ(js_write((int)fd, "x", 1), -JS_EBADF);
	js_close((int)fd);
}

static void t_mode_and_tmpfile(void)
{
	struct js_stat st;
	long fd = js_open("m", JS_O_WRONLY | JS_O_CREAT, 0600);

	CHECK(fd >= 0);
	CHECK_EQ(js_fstat((int)fd, &st), 0);
	/* Under any usual umask, 0600 stays 0600. */
	CHECK_EQ(st.st_mode & 07777, 0600);
	js_close((int)fd);
	fd = js_open(".", JS_O_TMPFILE | JS_O_RDWR, 0600);
	if (fd == -JS_EOPNOTSUPP) {
		jt_puts("  (no O_TMPFILE on this file system)\n");
		return;
	}
	CHECK(fd >= 0);
	CHECK_EQ(js_fstat((int)fd, &st), 0);
	CHECK_EQ(st.st_nlink, 0);
	CHECK_EQ(js_linkat((int)fd, "", JS_AT_FDCWD, "was-tmp", JS_AT_EMPTY_PATH), 0);
	CHECK_EQ(js_stat("was-tmp", &st), 0);
	js_close((int)fd);
}

static void t_positional_and_vectors(void)
{
	char a[3], b[8], buf[32];
	struct js_iovec w[2] = { { "abc", 3 }, { "defgh", 5 } };
	struct js_iovec r[2] = { { a, sizeof a }, { b, sizeof b } };
	long fd = js_open("p", JS_O_RDWR | JS_O_CREAT | JS_O_TRUNC, 0644);

	CHECK_EQ(js_writev((int)fd, w, 2), 8);
	CHECK_EQ(js_pwrite((int)fd, "XY", 2, 1), 2);
	CHECK_EQ(js_lseek((int)fd, 0, JS_SEEK_CUR), 8);
	CHECK_EQ(js_pread((int)fd, buf, sizeof buf, 0), 8);
	CHECK(mem_eq(buf, "aXYdefgh", 8));
	CHECK_EQ(js_pread((int)fd, buf, 4, -1), -JS_EINVAL);
	CHECK_EQ(js_lseek((int)fd, 0, JS_SEEK_SET), 0);
	CHECK_EQ(js_readv((int)fd, r, 2), 8);
	CHECK(mem_eq(a, "aXY", 3));
	CHECK(mem_eq(b, "defgh", 5));
	CHECK_EQ(js_readv((int)fd, 0, 1), -JS_EFAULT);
	CHECK_EQ(js_writev((int)fd, w, -1), -JS_EINVAL);
	CHECK_EQ(js_lseek((int)fd, -1, JS_SEEK_SET), -JS_EINVAL);
	CHECK_EQ(js_lseek((int)fd, 0, 99), -JS_EINVAL);
	/* A hole, then data. */
	CHECK_EQ(js_ftruncate((int)fd, 0), 0);
	CHECK_EQ(js_pwrite((int)fd, "d", 1, 1 << 20), 1);
	CHECK_EQ(js_lseek((int)fd, 1 << 20, JS_SEEK_DATA), 1 << 20);
	CHECK_EQ(js_lseek((int)fd, 1 << 20, JS_SEEK_HOLE), (1 << 20) + 1);
	CHECK_EQ(js_lseek((int)fd, (1 << 20) + 1, JS_SEEK_DATA), -JS_ENXIO);
	CHECK_EQ(js_fsync((int)fd), 0);
	CHECK_EQ(js_fdatasync((int)fd), 0);
	CHECK_EQ(js_fsync(-1), -JS_EBADF);
	js_close((int)fd);
}

static void t_truncate(void)
{
	struct js_stat st;
	long fd;

	put("t", "0123456789");
	CHECK_EQ(js_truncate("t", 4), 0);
	CHECK_EQ(js_stat("t", &st), 0);
	CHECK_EQ(st.st_size, 4);
	fd = js_open("t", JS_O_RDWR);
	CHECK_EQ(js_ftruncate((int)fd, 100), 0);
	CHECK_EQ(js_fstat((int)fd, &st), 0);
	CHECK_EQ(st.st_size, 100);
	CHECK_EQ(js_ftruncate((int)fd, -1), -JS_EINVAL);
	js_close((int)fd);
	CHECK_EQ(js_truncate("nope", 0), -JS_ENOENT);
	CHECK_EQ(js_truncate(".", 0), -JS_EISDIR);
	CHECK_EQ(js_ftruncate(-1, 0), -JS_EBADF);
}

static void t_dup_pipe(void)
{
	int p[2];
	char c;
	long d;

	CHECK_EQ(js_pipe(p), 0);
	d = js_dup(p[1]);
	CHECK(d >= 0);
	CHECK_EQ(js_write((int)d, "a", 1), 1);
	CHECK_EQ(js_dup2(p[1], 50), 50);
	CHECK_EQ(js_dup2(50, 50), 50);
	CHECK_EQ(js_write(50, "b", 1), 1);
	CHECK_EQ(js_dup3(p[1], 51, JS_O_CLOEXEC), 51);
	CHECK_EQ(js_write(51, "c", 1), 1);
	CHECK_EQ(js_dup3(51, 51, 0), -JS_EINVAL);
	CHECK_EQ(js_dup3(p[1], 52, JS_O_NONBLOCK), -JS_EINVAL);
	CHECK_EQ(js_read(p[0], &c, 1), 1);
	CHECK_EQ(c, 'a');
	CHECK_EQ(js_read(p[0], &c, 1), 1);
	CHECK_EQ(c, 'b');
	CHECK_EQ(js_read(p[0], &c, 1), 1);
	CHECK_EQ(c, 'c');
	js_close((int)d);
	js_close(50);
	js_close(51);
	js_close(p[0]);
	js_close(p[1]);
	CHECK_EQ(js_dup(-1), -JS_EBADF);
	CHECK_EQ(js_dup2(-1, 5), -JS_EBADF);
	CHECK_EQ(js_dup2(50, 50), -JS_EBADF);
	CHECK_EQ(js_pipe2(p, JS_O_NONBLOCK | JS_O_CLOEXEC), 0);
	CHECK_EQ(js_read(p[0], &c, 1), -JS_EAGAIN);
	js_close(p[0]);
	js_close(p[1]);
	CHECK_EQ(js_pipe2(p, JS_O_RDWR), -JS_EINVAL);
	CHECK_EQ(js_pipe(0), -JS_EFAULT);
}

static void t_write_all_and_str(void)
{
	long fd = js_open("w", JS_O_RDWR | JS_O_CREAT | JS_O_TRUNC, 0644);
	static char back[sizeof big];

	for (unsigned long i = 0; i < sizeof big; i++)
		big[i] = (char)(i * 13);
	CHECK_EQ(js_write_all((int)fd, big, sizeof big), (long)sizeof big);
	CHECK_EQ(js_pread((int)fd, back, sizeof back, 0), (long)sizeof back);
	CHECK(mem_eq(big, back, sizeof big));
	CHECK_EQ(js_write_str((int)fd, "tail"), 4);
	CHECK_EQ(js_write_str((int)fd, 0), -JS_EFAULT);
	CHECK_EQ(js_write_all(-1, big, 1), -JS_EBADF);
	js_close((int)fd);
}

static void t_sendfile_copy(void)
{
	char buf[16];
	long in, out, off = 2, oi = 0, oo = 0;

	put("src", "0123456789");
	in = js_open("src", JS_O_RDONLY);
	out = js_open("dst", JS_O_RDWR | JS_O_CREAT | JS_O_TRUNC, 0644);
	CHECK_EQ(js_sendfile((int)out, (int)in, &off, 3), 3);
	CHECK_EQ(off, 5);
	CHECK_EQ(js_sendfile((int)out, (int)in, 0, 100), 10);
	CHECK_EQ(js_pread((int)out, buf, sizeof buf, 0), 13);
	CHECK(mem_eq(buf, "2340123456789", 13));
	CHECK_EQ(js_copy_file_range((int)in, &oi, (int)out, &oo, 4, 0), 4);
	CHECK_EQ(oi, 4);
	CHECK_EQ(oo, 4);
	CHECK_EQ(js_pread((int)out, buf, 4, 0), 4);
	CHECK(mem_eq(buf, "0123", 4));
	CHECK_EQ(js_copy_file_range((int)in, 0, (int)out, 0, 1, 1), -JS_EINVAL);
	CHECK_EQ(js_sendfile((int)out, -1, 0, 1), -JS_EBADF);
	js_close((int)in);
	js_close((int)out);
}

static void t_no_fd_leak(void)
{
	int before = fd_count();

	CHECK(before > 0);
	for (int i = 0; i < 50; i++) {
		CHECK_EQ(js_open("nope", JS_O_RDONLY), -JS_ENOENT);
		js_close((int)js_open("f", JS_O_RDONLY));
	}
	CHECK_EQ(fd_count(), before);
}

JT_MAIN(T(t_open_read_write), T(t_mode_and_tmpfile), T(t_positional_and_vectors),
	T(t_truncate), T(t_dup_pipe), T(t_write_all_and_str), T(t_sendfile_copy),
	T(t_no_fd_leak))
