/* The scripted program of tests/sh/test_trace_vs_strace.sh: about forty
 * different system calls with fixed arguments, run once under strace and
 * once with DEBUG=libjs:*; the two outputs must agree line by line.  Calls
 * that have no wrapper on this branch go through js_syscall, which passes
 * the same hook.  Built with `libjs-cc --trace`: no libc. */
#include <libjs/libjs.h>

/* Values from the kernel UAPI headers for calls whose domain headers are
 * not used here (linux/socket.h, linux/in.h, eventpoll.h, inotify.h,
 * mman-common.h, fcntl.h, time.h). */
/* long: js_syscall reads every argument as a long. */
#define AF_UNIX 1L
#define AF_INET 2L
#define AF_INET6 10L
#define SOCK_STREAM 1L
#define SOCK_DGRAM 2L
#define SOCK_CLOEXEC 02000000L
#define MSG_DONTWAIT 0x40L
#define EPOLL_CLOEXEC 02000000L
#define EPOLL_CTL_ADD 1L
#define EPOLLIN 1L
#define IN_NONBLOCK 04000L
#define IN_CLOEXEC 02000000L
#define IN_CREATE 0x100L
#define IN_DELETE 0x200L
#define PROT_READ 1L
#define PROT_WRITE 2L
#define MAP_PRIVATE 2L
#define MAP_ANONYMOUS 0x20L
#define F_GETFD 1L
#define F_SETFD 2L
#define F_GETFL 3L
#define F_SETFL 4L
#define F_DUPFD_CLOEXEC 1030L
#define FD_CLOEXEC 1L
#define CLOCK_MONOTONIC 1L
#define GRND_NONBLOCK 1L

struct sun { unsigned short family; char path[108]; };
struct sin { unsigned short family; unsigned char port[2]; unsigned char addr[4]; char zero[8]; };
struct sin6 { unsigned short family; unsigned char port[2]; unsigned int flow; unsigned char addr[16]; unsigned int scope; };

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
	js_syscall(JS_NR_fcntl, fd, F_DUPFD_CLOEXEC, 20L);
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
	js_syscall(JS_NR_umask, 022L);
	js_syscall(JS_NR_umask, 022L);

	p = (void *)js_syscall(JS_NR_mmap, 0L, 4096L, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1L, 0L);
	js_syscall(JS_NR_mprotect, p, 4096L, PROT_READ);
	js_syscall(JS_NR_munmap, p, 4096L);

	s = js_syscall(JS_NR_socket, AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0L);
	{
		struct sun a = { AF_UNIX, "sock" };

		js_syscall(JS_NR_bind, s, &a, 7L);
		js_syscall(JS_NR_sendto, s, "ping\0", 5L, MSG_DONTWAIT, &a, 7L);
		js_syscall(JS_NR_recvfrom, s, buf, 64L, 0L, 0L, 0L);
		js_close((int)s);
	}
	s = js_syscall(JS_NR_socket, AF_INET, SOCK_STREAM, 0L);
	{
		struct sin a = { AF_INET, { 0, 1 }, { 127, 0, 0, 1 }, { 0 } };

		js_syscall(JS_NR_connect, s, &a, (long)sizeof a);
		js_close((int)s);
	}
	s = js_syscall(JS_NR_socket, AF_INET6, SOCK_DGRAM, 0L);
	{
		struct sin6 a = { AF_INET6, { 0x1f, 0x90 }, 0, { [15] = 1 }, 0 };

		js_syscall(JS_NR_sendto, s, "x", 1L, 0L, &a, (long)sizeof a);
		js_close((int)s);
	}

	e = js_syscall(JS_NR_epoll_create1, EPOLL_CLOEXEC);
	{
		/* The architecture's own layout (packed on x86_64 only), so
		 * tests/sh/test_trace_cross_arch.sh sees the same event. */
		struct js_epoll_event ev = { (unsigned int)EPOLLIN | (1u << 31), { .u64 = 5 } };

		js_syscall(JS_NR_epoll_ctl, e, EPOLL_CTL_ADD, (long)fds[0], &ev);
	}
	in = js_syscall(JS_NR_inotify_init1, IN_NONBLOCK | IN_CLOEXEC);
	js_syscall(JS_NR_inotify_add_watch, in, ".", IN_CREATE | IN_DELETE);
	js_syscall(JS_NR_nanosleep, &ts, 0L);
	js_syscall(JS_NR_clock_nanosleep, CLOCK_MONOTONIC, 0L, &ts, 0L);
	js_syscall(JS_NR_getrandom, buf, 8L, GRND_NONBLOCK);
	js_syscall(JS_NR_kill, js_getpid(), 0L);
	js_getuid();
	js_unlink("f1");
	js_unlink("f2");
	js_unlink("l3");
	js_unlink("sock");
	return 0;
}
