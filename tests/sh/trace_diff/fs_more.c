/* trace-cross-arch: LIBJS_FAULT=openat2:ENOSYS,preadv2:ENOSYS,pwritev2:ENOSYS (qemu-user 7.2 lacks these: ENOSYS) */
/* Differential trace program (tests/sh/test_trace_diff.sh): fcntl and
 * locks, statfs, xattrs, openat2, splice and friends, ioctl.  Runs in an empty
 * scratch directory; exit status 0. */
#include <libjs/libjs.h>

int main(void)
{
	struct js_flock fl = { JS_F_WRLCK, JS_SEEK_SET, 0, 10, 0 };
	struct js_statfs sf;
	struct js_open_how how = { JS_O_RDONLY | JS_O_CLOEXEC, 0, JS_RESOLVE_BENEATH | JS_RESOLVE_NO_SYMLINKS };
	char b[64] = "value";
	int p[2];
	long fd, o1 = 0;
	struct js_iovec iov = { b, 3 };

	js_alarm(20);
	fd = js_open("f", JS_O_RDWR | JS_O_CREAT, 0644);
	js_write(fd, "0123456789abcdef", 16);
	js_fcntl((int)fd, JS_F_GETFD);
	js_fcntl((int)fd, JS_F_SETFD, JS_FD_CLOEXEC);
	js_fcntl((int)fd, JS_F_GETFD);
	js_fcntl((int)fd, JS_F_GETFL);
	js_fcntl((int)fd, JS_F_SETFL, JS_O_APPEND | JS_O_NONBLOCK);
	js_fcntl((int)fd, JS_F_SETLK, &fl);
	js_fcntl((int)fd, JS_F_GETLK, &fl);
	fl.l_type = JS_F_UNLCK;
	js_fcntl((int)fd, JS_F_SETLKW, &fl);
	js_fcntl((int)fd, JS_F_OFD_GETLK, &fl);
	js_fcntl((int)fd, JS_F_DUPFD, 20);
	js_fcntl((int)fd, JS_F_DUPFD_CLOEXEC, 30);
	js_fcntl((int)fd, JS_F_GETOWN);
	js_fcntl((int)fd, JS_F_SETOWN, 0);
	js_fcntl((int)fd, JS_F_GETLEASE);
	js_fcntl((int)fd, JS_F_GET_SEALS);
	js_fcntl(-1, JS_F_GETFD);
	js_close(20);
	js_close(30);
	js_flock((int)fd, JS_LOCK_EX | JS_LOCK_NB);
	js_flock((int)fd, JS_LOCK_UN);
	js_flock((int)fd, JS_LOCK_SH);
	js_statfs("f", &sf);
	js_fstatfs((int)fd, &sf);
	js_statfs("nope", &sf);
	js_setxattr("f", "user.a", b, 5, JS_XATTR_CREATE);
	js_lsetxattr("f", "user.b", "\1\2bin", 5, 0);
	js_fsetxattr((int)fd, "user.c", b, 5, JS_XATTR_REPLACE);
	js_getxattr("f", "user.a", b, sizeof b);
	js_lgetxattr("f", "user.b", b, sizeof b);
	js_fgetxattr((int)fd, "user.a", b, 2);
	js_getxattr("f", "user.none", b, sizeof b);
	js_listxattr("f", b, sizeof b);
	js_llistxattr("f", b, sizeof b);
	js_flistxattr((int)fd, 0, 0);
	js_removexattr("f", "user.a");
	js_lremovexattr("f", "user.b");
	js_fremovexattr((int)fd, "user.b");
	js_fallocate((int)fd, JS_FALLOC_FL_KEEP_SIZE | JS_FALLOC_FL_PUNCH_HOLE, 0, 4);
	js_sync_file_range((int)fd, 0, 16, JS_SYNC_FILE_RANGE_WRITE);
	js_posix_fadvise((int)fd, 0, 0, JS_POSIX_FADV_SEQUENTIAL);
	js_pipe2(p, JS_O_CLOEXEC);
	js_splice((int)fd, &o1, p[1], 0, 8, JS_SPLICE_F_MOVE | JS_SPLICE_F_MORE);
	js_tee(p[0], -1, 4, JS_SPLICE_F_NONBLOCK);
	js_vmsplice(p[1], &iov, 1, JS_SPLICE_F_GIFT);
	{
		int n = 0, one = 1;
		struct js_winsize ws;

		js_ioctl(p[0], JS_FIONREAD, &n);
		js_ioctl(p[0], JS_FIONBIO, &one);
		js_ioctl(p[0], JS_FIOCLEX);
		js_ioctl(p[0], JS_FIONCLEX);
		js_ioctl(p[0], JS_TCGETS, b);
		js_ioctl(p[0], JS_TIOCGWINSZ, &ws);
		js_ioctl(p[0], JS_TIOCGPGRP, &n);
		js_ioctl(p[0], 0x12345678, b);
	}
	js_close(p[0]);
	js_close(p[1]);
	js_preadv((int)fd, &iov, 1, 2);
	js_pwritev((int)fd, &iov, 1, 4);
	js_preadv2((int)fd, &iov, 1, -1, JS_RWF_NOWAIT);
	js_pwritev2((int)fd, &iov, 1, 0, JS_RWF_DSYNC);
	js_openat2(JS_AT_FDCWD, "f", &how, sizeof how);
	js_openat2(JS_AT_FDCWD, "/etc", &how, sizeof how);
	js_close_range(50, 60, JS_CLOSE_RANGE_CLOEXEC);
	js_close(fd);
	js_unlink("f");
	return 0;
}
