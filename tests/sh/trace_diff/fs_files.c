/* Differential trace program (tests/sh/test_trace_diff.sh): files and
 * their metadata, each call once with arguments whose decoding strace
 * shows (stat structs, statx, open flags, modes, times).  Runs in an
 * empty scratch directory; exit status 0. */
#include <libjs/libjs.h>

int main(void)
{
	struct js_stat st;
	struct js_statx sx;
	struct js_timespec ts[2] = { { 1, 2 }, { 3, JS_UTIME_OMIT } };
	struct js_timeval tv[2] = { { 5, 6 }, { 7, 8 } };
	struct js_utimbuf ub = { 9, 10 };
	char buf[64];
	struct js_iovec iov[2] = { { buf, 3 }, { buf + 3, 4 } };
	long fd, fd2;
	long off = 0;

	js_alarm(20);
	fd = js_openat(JS_AT_FDCWD, "f", JS_O_WRONLY | JS_O_CREAT | JS_O_TRUNC | JS_O_CLOEXEC, 0644);
	js_write(fd, "hello, world\n", 13);
	js_pwrite(fd, "xyz", 3, 20);
	js_writev(fd, iov, 2);
	js_fstat(fd, &st);
	js_fsync(fd);
	js_fdatasync(fd);
	js_ftruncate(fd, 30);
	js_fchmod(fd, 0640);
	js_fchown(fd, 0, 0);
	js_close(fd);
	fd = js_open("f", JS_O_RDONLY);
	js_read(fd, buf, 5);
	js_pread(fd, buf, 4, 7);
	js_readv(fd, iov, 2);
	js_readv(-1, iov, 2);	/* failed: the array with addresses */
	js_lseek(fd, 0, JS_SEEK_SET);
	js_lseek(fd, -2, JS_SEEK_END);
	js_lseek(fd, 0, 7);
	js_stat("f", &st);
	js_lstat("f", &st);
	js_stat("nope", &st);
	js_fstatat(JS_AT_FDCWD, "f", &st, 0);
	js_fstatat(fd, "", &st, JS_AT_EMPTY_PATH);
	js_statx(JS_AT_FDCWD, "f", JS_AT_STATX_SYNC_AS_STAT, JS_STATX_BASIC_STATS, &sx);
	js_statx(JS_AT_FDCWD, "f", JS_AT_SYMLINK_NOFOLLOW, JS_STATX_SIZE | JS_STATX_MODE, &sx);
	js_statx(JS_AT_FDCWD, "nope", 0, JS_STATX_ALL, &sx);
	js_access("f", JS_R_OK | JS_W_OK);
	js_access("f", JS_F_OK);
	js_faccessat2(JS_AT_FDCWD, "f", JS_X_OK, JS_AT_EACCESS);
	js_chmod("f", 0600);
	js_fchmodat(JS_AT_FDCWD, "f", 0644, 0);
	js_chown("f", 0, 0);
	js_lchown("f", 0, 0);
	js_fchownat(JS_AT_FDCWD, "f", 0, 0, JS_AT_SYMLINK_NOFOLLOW);
	js_truncate("f", 25);
	js_utimensat(JS_AT_FDCWD, "f", ts, 0);
	js_utimensat(JS_AT_FDCWD, "f", 0, 0);
	js_futimens(fd, ts);
	js_utimes("f", tv);
	js_utime("f", &ub);
	js_futimesat(JS_AT_FDCWD, "f", tv);
	fd2 = js_dup(fd);
	js_dup2(fd, 10);
	js_dup3(fd, 11, JS_O_CLOEXEC);
	js_close(fd2);
	js_close(10);
	js_close(11);
	fd2 = js_creat("g", 0600);
	js_sendfile((int)fd2, (int)fd, &off, 8);
	js_sendfile((int)fd2, (int)fd, 0, 4);
	js_copy_file_range((int)fd, &off, (int)fd2, 0, 4, 0);
	js_fallocate((int)fd2, 0, 0, 100);
	js_posix_fadvise((int)fd, 0, 10, 4);
	js_readahead((int)fd, 0, 10);
	js_close(fd2);
	js_close(fd);
	js_openat(JS_AT_FDCWD, "nope", JS_O_RDONLY | JS_O_NOFOLLOW | JS_O_NONBLOCK);
	js_open("d", JS_O_RDWR | JS_O_TMPFILE, 0600);
	js_unlink("g");
	js_unlinkat(JS_AT_FDCWD, "f", 0);
	return 0;
}
