/* Reading, writing, seeking, copying and syncing against glibc: the same
 * results and the same errors (glibc's -1/errno is our -errno). */
#include <stdio.h>
#include <sys/sendfile.h>
#include <sys/uio.h>
#include "fs_util.h"
#include <libjs/libjs.h>

static int fresh(const char *path)
{
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);

	assert_true(fd >= 0);
	return fd;
}

static void read_write(void **state)
{
	char buf[32];
	int fd = fresh("rw"), dir = open(".", O_RDONLY | O_DIRECTORY);

	(void)state;
	assert_int_equal(js_write(fd, "hello world", 11), 11);
	assert_int_equal(js_write(fd, "", 0), 0);
	assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
	assert_int_equal(js_read(fd, buf, 5), 5);
	assert_memory_equal(buf, "hello", 5);
	assert_int_equal(js_read(fd, buf, sizeof buf), 6);
	assert_int_equal(js_read(fd, buf, sizeof buf), 0);
	/* Errors, side by side with glibc. */
	assert_int_equal(js_read(-1, buf, 1), GLIBC(read(-1, buf, 1)));
	assert_int_equal(js_read(-1, buf, 1), -JS_EBADF);
	assert_int_equal(js_write(12345, "x", 1), -JS_EBADF);
	assert_int_equal(js_read(dir, buf, 1), GLIBC(read(dir, buf, 1)));
	assert_int_equal(js_read(dir, buf, 1), -JS_EISDIR);
	lseek(fd, 0, SEEK_SET);
	assert_int_equal(js_read(fd, NULL, 4), -JS_EFAULT);
	assert_int_equal(js_write(fd, NULL, 4), -JS_EFAULT);
	assert_int_equal(js_write(fd, bad_ptr(), 4), -JS_EFAULT);
	close(fd);
	fd = open("rw", O_RDONLY);
	assert_int_equal(js_write(fd, "x", 1), GLIBC(write(fd, "x", 1)));
	assert_int_equal(js_write(fd, "x", 1), -JS_EBADF);
	close(fd);
	close(dir);
}

static void pread_pwrite(void **state)
{
	char buf[32];
	int fd = fresh("pp"), p[2];

	(void)state;
	assert_int_equal(js_pwrite(fd, "abcdef", 6, 0), 6);
	assert_int_equal(js_pwrite(fd, "XY", 2, 2), 2);
	/* Past the end: a hole of zeros in between. */
	assert_int_equal(js_pwrite(fd, "Z", 1, 10), 1);
	/* The file offset is not moved. */
	assert_int_equal(lseek(fd, 0, SEEK_CUR), 0);
	assert_int_equal(js_pread(fd, buf, sizeof buf, 0), 11);
	assert_memory_equal(buf, "abXYef\0\0\0\0Z", 11);
	assert_int_equal(js_pread(fd, buf, 3, 9), 2);
	assert_int_equal(js_pread(fd, buf, 3, 100), 0);
	assert_int_equal(js_pread(fd, buf, 3, -1), GLIBC(pread(fd, buf, 3, -1)));
	assert_int_equal(js_pread(fd, buf, 3, -1), -JS_EINVAL);
	assert_int_equal(js_pwrite(fd, buf, 3, -1), -JS_EINVAL);
	assert_int_equal(js_pread(-1, buf, 3, 0), -JS_EBADF);
	assert_int_equal(pipe(p), 0);
	assert_int_equal(js_pread(p[0], buf, 3, 0), GLIBC(pread(p[0], buf, 3, 0)));
	assert_int_equal(js_pwrite(p[1], buf, 3, 0), -JS_ESPIPE);
	close(p[0]);
	close(p[1]);
	close(fd);
}

static void readv_writev(void **state)
{
	char a[4], b[8], c[2];
	struct js_iovec w[3] = { { "abc", 3 }, { "", 0 }, { "defghij", 7 } };
	struct js_iovec r[3] = { { a, sizeof a }, { b, sizeof b }, { c, sizeof c } };
	struct js_iovec bad[1] = { { NULL, 5 } };
	int fd = fresh("iov");

	(void)state;
	assert_int_equal(js_writev(fd, w, 3), 10);
	lseek(fd, 0, SEEK_SET);
	assert_int_equal(js_readv(fd, r, 3), 10);
	assert_memory_equal(a, "abcd", 4);
	assert_memory_equal(b, "efghij", 6);
	assert_int_equal(js_writev(fd, w, 0), 0);
	{
		volatile int neg = -1; /* hidden from gcc's own check */

		assert_int_equal(js_writev(fd, w, -1),
				 GLIBC(writev(fd, (struct iovec *)w, neg)));
	}
	assert_int_equal(js_writev(fd, w, -1), -JS_EINVAL);
	assert_int_equal(js_readv(fd, r, 1025), -JS_EINVAL);
	assert_int_equal(js_readv(fd, NULL, 1), -JS_EFAULT);
	assert_int_equal(js_writev(fd, bad, 1), -JS_EFAULT);
	assert_int_equal(js_readv(-1, r, 1), -JS_EBADF);
	assert_int_equal(js_writev(-1, w, 1), GLIBC(writev(-1, (struct iovec *)w, 1)));
	close(fd);
}

static void lseek_all(void **state)
{
	int fd = fresh("seek"), p[2];
	long gl;

	(void)state;
	assert_int_equal(js_lseek(fd, 0, JS_SEEK_END), 0);
	assert_int_equal(js_write(fd, "0123456789", 10), 10);
	assert_int_equal(js_lseek(fd, 3, JS_SEEK_SET), 3);
	assert_int_equal(js_lseek(fd, 2, JS_SEEK_CUR), 5);
	assert_int_equal(js_lseek(fd, -1, JS_SEEK_END), 9);
	assert_int_equal(js_lseek(fd, 1L << 40, JS_SEEK_SET), 1L << 40);
	assert_int_equal(js_lseek(fd, -1, JS_SEEK_SET), -JS_EINVAL);
	assert_int_equal(js_lseek(fd, 0, 99), GLIBC(lseek(fd, 0, 99)));
	assert_int_equal(js_lseek(fd, 0, 99), -JS_EINVAL);
	assert_int_equal(js_lseek(-1, 0, JS_SEEK_SET), -JS_EBADF);
	assert_int_equal(pipe(p), 0);
	assert_int_equal(js_lseek(p[0], 0, JS_SEEK_SET), -JS_ESPIPE);
	close(p[0]);
	close(p[1]);
	/* Data and holes: 1 MiB hole, then data at 1 MiB, then the end. */
	assert_int_equal(ftruncate(fd, 0), 0);
	assert_int_equal(pwrite(fd, "data", 4, 1 << 20), 4);
	gl = lseek(fd, 0, SEEK_DATA);
	assert_int_equal(js_lseek(fd, 0, JS_SEEK_DATA), gl);
	assert_true(gl > 0 && gl <= 1 << 20);
	gl = lseek(fd, 0, SEEK_HOLE);
	assert_int_equal(js_lseek(fd, 0, JS_SEEK_HOLE), gl);
	assert_int_equal(js_lseek(fd, 1 << 20, JS_SEEK_DATA), 1 << 20);
	assert_int_equal(js_lseek(fd, 1 << 20, JS_SEEK_HOLE), (1 << 20) + 4);
	assert_int_equal(js_lseek(fd, (1 << 20) + 4, JS_SEEK_DATA), -JS_ENXIO);
	assert_int_equal(GLIBC(lseek(fd, (1 << 20) + 4, SEEK_DATA)), -JS_ENXIO);
	close(fd);
}

static void truncate_both(void **state)
{
	struct stat st;
	int fd = fresh("tr"), ro;

	(void)state;
	assert_int_equal(js_truncate("tr", 1000), 0);
	assert_int_equal(stat("tr", &st), 0);
	assert_int_equal(st.st_size, 1000);
	assert_int_equal(js_ftruncate(fd, 7), 0);
	assert_int_equal(fstat(fd, &st), 0);
	assert_int_equal(st.st_size, 7);
	assert_int_equal(js_ftruncate(fd, 1L << 33), 0);
	assert_int_equal(fstat(fd, &st), 0);
	assert_int_equal(st.st_size, 1L << 33);
	assert_int_equal(js_truncate("tr", -1), GLIBC(truncate("tr", -1)));
	assert_int_equal(js_truncate("tr", -1), -JS_EINVAL);
	assert_int_equal(js_ftruncate(fd, -1), -JS_EINVAL);
	assert_int_equal(js_truncate("nope", 0), -JS_ENOENT);
	assert_int_equal(js_truncate(".", 0), GLIBC(truncate(".", 0)));
	assert_int_equal(js_truncate(".", 0), -JS_EISDIR);
	assert_int_equal(js_truncate(NULL, 0), -JS_EFAULT);
	assert_int_equal(js_ftruncate(-1, 0), -JS_EBADF);
	ro = open("tr", O_RDONLY);
	assert_int_equal(js_ftruncate(ro, 0), GLIBC(ftruncate(ro, 0)));
	assert_int_equal(js_ftruncate(ro, 0), -JS_EINVAL);
	close(ro);
	close(fd);
}

static void sendfile_copy(void **state)
{
	char buf[64];
	int in = fresh("sf-in"), out = fresh("sf-out"), p[2];
	long off = 2, off_in = 1, off_out = 5;

	(void)state;
	assert_int_equal(write(in, "0123456789", 10), 10);
	/* With an offset: that offset advances, the file's does not. */
	assert_int_equal(js_sendfile(out, in, &off, 5), 5);
	assert_int_equal(off, 7);
	assert_int_equal(lseek(in, 0, SEEK_CUR), 10);
	/* Without: the file offset is used and moved. */
	lseek(in, 8, SEEK_SET);
	assert_int_equal(js_sendfile(out, in, NULL, 100), 2);
	assert_int_equal(lseek(in, 0, SEEK_CUR), 10);
	assert_int_equal(pread(out, buf, sizeof buf, 0), 7);
	assert_memory_equal(buf, "2345689", 7);
	assert_int_equal(js_sendfile(out, -1, NULL, 1), -JS_EBADF);
	assert_int_equal(js_sendfile(out, in, bad_ptr(), 1), -JS_EFAULT);
	assert_int_equal(pipe(p), 0);
	assert_int_equal(js_sendfile(p[1], in, &(long){ 0 }, 10), 10);
	assert_int_equal(read(p[0], buf, sizeof buf), 10);
	assert_memory_equal(buf, "0123456789", 10);
	close(p[0]);
	close(p[1]);

	/* copy_file_range: offsets by pointer, like sendfile's. */
	assert_int_equal(js_copy_file_range(in, &off_in, out, &off_out, 4, 0), 4);
	assert_int_equal(off_in, 5);
	assert_int_equal(off_out, 9);
	assert_int_equal(pread(out, buf, sizeof buf, 0), 9);
	assert_memory_equal(buf, "234561234", 9);
	lseek(in, 0, SEEK_SET);
	lseek(out, 0, SEEK_END);
	assert_int_equal(js_copy_file_range(in, NULL, out, NULL, 3, 0), 3);
	assert_int_equal(lseek(out, 0, SEEK_CUR), 12);
	assert_int_equal(js_copy_file_range(in, NULL, out, NULL, 3, 1),
			 GLIBC(copy_file_range(in, NULL, out, NULL, 3, 1)));
	assert_int_equal(js_copy_file_range(in, NULL, out, NULL, 3, 1), -JS_EINVAL);
	assert_int_equal(js_copy_file_range(-1, NULL, out, NULL, 3, 0), -JS_EBADF);
	assert_int_equal(js_copy_file_range(in, bad_ptr(), out, NULL, 3, 0), -JS_EFAULT);
	close(in);
	close(out);
}

static void sync_calls(void **state)
{
	int fd = fresh("sync"), p[2];

	(void)state;
	assert_int_equal(write(fd, "x", 1), 1);
	assert_int_equal(js_fsync(fd), 0);
	assert_int_equal(js_fdatasync(fd), 0);
	assert_int_equal(js_fsync(-1), -JS_EBADF);
	assert_int_equal(js_fdatasync(-1), GLIBC(fdatasync(-1)));
	assert_int_equal(pipe(p), 0);
	assert_int_equal(js_fsync(p[0]), GLIBC(fsync(p[0])));
	assert_int_equal(js_fsync(p[0]), -JS_EINVAL);
	assert_int_equal(js_fdatasync(p[1]), -JS_EINVAL);
	close(p[0]);
	close(p[1]);
	close(fd);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(read_write),
		cmocka_unit_test(pread_pwrite),
		cmocka_unit_test(readv_writev),
		cmocka_unit_test(lseek_all),
		cmocka_unit_test(truncate_both),
		cmocka_unit_test(sendfile_copy),
		cmocka_unit_test(sync_calls),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
