/* The scripted program of tests/sh/test_trace_vs_strace.sh: about forty
 * different system calls with fixed arguments, run once under strace and
 * once with DEBUG=libjs:*; the two outputs must agree line by line.  Calls
 * that have no wrapper on this branch go through js_syscall, which passes
 * the same hook.  Built with `libjs-cc --trace`: no libc. */
#include <libjs/libjs.h>

/* Values from the kernel UAPI headers for calls whose domain headers are
 * not used here (linux/socket.h, linux/in.h, eventpoll.h, inotify.h,
 * mman-common.h, fcntl.h, time.h). */
enum {
	AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10, SOCK_STREAM = 1,
	SOCK_DGRAM = 2, SOCK_CLOEXEC = 02000000, MSG_DONTWAIT = 0x40,
	EPOLL_CLOEXEC = 02000000, EPOLL_CTL_ADD = 1, EPOLLIN = 1,
	IN_NONBLOCK = 04000, IN_CLOEXEC = 02000000, IN_CREATE = 0x100,
	IN_DELETE = 0x200, PROT_READ = 1, PROT_WRITE = 2, MAP_PRIVATE = 2,
	MAP_ANONYMOUS = 0x20, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3,
	F_SETFL = 4, F_DUPFD_CLOEXEC = 1030, FD_CLOEXEC = 1,
	CLOCK_MONOTONIC = 1, GRND_NONBLOCK = 1,
};

struct sun { unsigned short family; char path[108]; };
struct sin { unsigned short family; unsigned char port[2]; unsigned char addr[4]; char zero[8]; };
struct sin6 { unsigned short family; unsigned char port[2]; unsigned int flow; unsigned char addr[16]; unsigned int scope; };
struct __attribute__((packed)) epev { unsigned int events; unsigned long data; };

int main(void)
{
	static const char odd[] = "tab\there \"q\" back\\ \001\0023\n\377";
	static const char longer[] = "0123456789abcdefghijklmnopqrstuvwxyz";
	char buf[256];
	struct js_stat st;
	struct js_iovec iov[2];
	struct js_timespec ts = { 0, 1000 };
	int fds[2];
	long fd, fd2, s, e, in;
	void *p;

	fd = js_openat(JS_AT_FDCWD, "f1", JS_O_WRONLY | JS_O_CREAT | JS_O_TRUNC | JS_O_CLOEXEC, 0644);
	js_write((int)fd, odd, sizeof odd - 1);
	js_write((int)fd, longer, sizeof longer - 1);
	js_lseek((int)fd, 0, JS_SEEK_SET);
	js_pwrite((int)fd, "xy", 2, 3);
	js_fsync((int)fd);
	js_fdatasync((int)fd);
	js_ftruncate((int)fd, 40);
	js_fchmod((int)fd, 0640);
	js_close((int)fd);
	js_close(-1);

	fd = js_open("f1", JS_O_RDONLY);
	js_read((int)fd, buf, 16);
	js_pread((int)fd, buf, 4, 1);
	iov[0].iov_base = buf;
	iov[0].iov_len = 3;
	iov[1].iov_base = buf + 3;
	iov[1].iov_len = 5;
	js_readv((int)fd, iov, 2);
	js_read((int)fd, buf, 0);
	js_read(-1, buf, 8);
	js_fstat((int)fd, &st);
	fd2 = js_openat(JS_AT_FDCWD, "f2", JS_O_RDWR | JS_O_CREAT | JS_O_EXCL | JS_O_APPEND, 0600);
	iov[0].iov_base = (void *)"ab";
	iov[0].iov_len = 2;
	iov[1].iov_base = (void *)"cde\n";
	iov[1].iov_len = 4;
	js_writev((int)fd2, iov, 2);
	js_dup((int)fd);
	js_dup2((int)fd, 10);
	js_dup3((int)fd, 11, JS_O_CLOEXEC);
	js_syscall(JS_NR_fcntl, fd, F_GETFD);
	js_syscall(JS_NR_fcntl, fd, F_SETFD, FD_CLOEXEC);
	js_syscall(JS_NR_fcntl, fd2, F_GETFL);
	js_syscall(JS_NR_fcntl, fd2, F_SETFL, JS_O_NONBLOCK);
	js_syscall(JS_NR_fcntl, fd, F_DUPFD_CLOEXEC, 20);
	js_pipe2(fds, JS_O_CLOEXEC);

	js_stat("/nope", &st);
	js_lstat("f1", &st);
	js_fstatat(JS_AT_FDCWD, "f1", &st, JS_AT_SYMLINK_NOFOLLOW);
	js_access("f1", JS_R_OK | JS_W_OK);
	js_access("/nope", JS_F_OK);
	js_faccessat2(JS_AT_FDCWD, "f1", JS_X_OK, JS_AT_EACCESS);
	js_chmod("f1", 0604);
	js_fchmodat(JS_AT_FDCWD, "f1", 0644, 0);
	js_truncate("f1", 30);
	js_fchownat(JS_AT_FDCWD, "f1", -1, -1, 0);
	js_mkdir("d", 0755);
	js_mkdirat(JS_AT_FDCWD, "d/e", 0700);
	js_chdir("d");
	js_getcwd(buf, sizeof buf);
	js_chdir("..");
	js_symlink("f1", "l1");
	js_readlink("l1", buf, sizeof buf);
	js_rename("l1", "l2");
	js_renameat2(JS_AT_FDCWD, "l2", JS_AT_FDCWD, "f2", JS_RENAME_NOREPLACE);
	js_link("f1", "h1");
	js_linkat(JS_AT_FDCWD, "h1", JS_AT_FDCWD, "h2", 0);
	js_symlinkat("f1", JS_AT_FDCWD, "l3");
	js_unlink("h1");
	js_unlinkat(JS_AT_FDCWD, "h2", 0);
	js_unlinkat(JS_AT_FDCWD, "d/e", JS_AT_REMOVEDIR);
	js_rmdir("d");
	js_syscall(JS_NR_umask, 022);
	js_syscall(JS_NR_umask, 022);

	p = (void *)js_syscall(JS_NR_mmap, 0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	js_syscall(JS_NR_mprotect, p, 4096, PROT_READ);
	js_syscall(JS_NR_munmap, p, 4096);

	s = js_syscall(JS_NR_socket, AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	{
		struct sun a = { AF_UNIX, "sock" };

		js_syscall(JS_NR_bind, s, &a, 2 + 5);
		js_syscall(JS_NR_sendto, s, "ping\0", 5, MSG_DONTWAIT, &a, 2 + 5);
		js_syscall(JS_NR_recvfrom, s, buf, 64, 0, 0, 0);
		js_close((int)s);
	}
	s = js_syscall(JS_NR_socket, AF_INET, SOCK_STREAM, 0);
	{
		struct sin a = { AF_INET, { 0, 1 }, { 127, 0, 0, 1 }, { 0 } };

		js_syscall(JS_NR_connect, s, &a, sizeof a);
		js_close((int)s);
	}
	s = js_syscall(JS_NR_socket, AF_INET6, SOCK_DGRAM, 0);
	{
		struct sin6 a = { AF_INET6, { 0x1f, 0x90 }, 0, { [15] = 1 }, 0 };

		js_syscall(JS_NR_sendto, s, "x", 1, 0, &a, sizeof a);
		js_close((int)s);
	}

	e = js_syscall(JS_NR_epoll_create1, EPOLL_CLOEXEC);
	{
		struct epev ev = { EPOLLIN | (1u << 31), 5 };

		js_syscall(JS_NR_epoll_ctl, e, EPOLL_CTL_ADD, fds[0], &ev);
	}
	in = js_syscall(JS_NR_inotify_init1, IN_NONBLOCK | IN_CLOEXEC);
	js_syscall(JS_NR_inotify_add_watch, in, ".", IN_CREATE | IN_DELETE);
	js_syscall(JS_NR_nanosleep, &ts, 0);
	js_syscall(JS_NR_clock_nanosleep, CLOCK_MONOTONIC, 0, &ts, 0);
	js_syscall(JS_NR_getrandom, buf, 8, GRND_NONBLOCK);
	js_syscall(JS_NR_kill, js_getpid(), 0);
	js_getuid();
	js_unlink("f1");
	js_unlink("f2");
	js_unlink("l3");
	js_unlink("sock");
	return 0;
}
