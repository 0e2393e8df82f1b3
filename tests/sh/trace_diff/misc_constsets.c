/* The trace's constant sets (src/trace/flags.c) against strace's, through
 * the calls whose arguments are those sets: flags in strace's order,
 * enumerations, the zero names, and strace's comments for values it
 * cannot name (0x8 and then O_??? in a C comment).  Every value is
 * a public JS_ constant, so the same program built for aarch64 and riscv64
 * (tests/sh/test_trace_cross_arch.sh) passes those architectures' own
 * bits -- O_DIRECTORY and O_DIRECT move on aarch64 -- and must trace the
 * same names.  Deterministic: nothing blocks, every pid named is the
 * process's own or one that cannot exist.  Unknown flag bits, which
 * qemu-user answers in its own way, are in misc_constunknown.c. */
#include <libjs/libjs.h>

#define NOPID 2147483647L	/* above any pid_max: ESRCH */

int main(void)
{
	int p[2];
	long fd, s, e, in;
	void *m;

	/* Open flags: O_DIRECTORY and O_NOFOLLOW are per architecture. */
	fd = js_openat(JS_AT_FDCWD, ".", JS_O_RDONLY | JS_O_DIRECTORY | JS_O_NOFOLLOW | JS_O_CLOEXEC, 0);
	js_syscall(JS_NR_fcntl, fd, (long)JS_F_GETFD);
	js_syscall(JS_NR_fcntl, fd, (long)JS_F_NOTIFY, (long)(JS_DN_ACCESS | JS_DN_MULTISHOT));
	js_close((int)fd);
	js_openat(JS_AT_FDCWD, "nope", JS_O_WRONLY | JS_O_CREAT | JS_O_EXCL | JS_O_DIRECTORY, 0600);

	/* pipe2 and dup3 take open's flags; O_DIRECT moves on aarch64. */
	js_syscall(JS_NR_pipe2, p, (long)(JS_O_DIRECT | JS_O_NONBLOCK | JS_O_CLOEXEC));
	js_syscall(JS_NR_dup3, (long)p[0], 20L, (long)JS_O_CLOEXEC);
	js_syscall(JS_NR_fcntl, (long)p[0], (long)JS_F_SETFL, (long)(JS_O_NONBLOCK | JS_O_APPEND));
	js_syscall(JS_NR_fcntl, (long)p[0], (long)JS_F_SETFD, (long)JS_FD_CLOEXEC);
	js_syscall(JS_NR_fcntl, (long)p[0], (long)JS_F_SETFD, 2L);
	js_syscall(JS_NR_fcntl, (long)p[0], (long)JS_F_SETLEASE, (long)JS_F_RDLCK);
	js_syscall(JS_NR_fcntl, (long)p[0], (long)JS_F_ADD_SEALS, (long)JS_F_SEAL_WRITE);
	js_syscall(JS_NR_fcntl, (long)p[0], 77L, 0L);
	js_syscall(JS_NR_lseek, (long)p[0], 0L, (long)JS_SEEK_END);
	js_syscall(JS_NR_lseek, (long)p[0], 0L, 7L);

	/* Protections and mapping flags, the type first. */
	m = (void *)js_syscall(JS_NR_mmap, 0L, 4096L, (long)(JS_PROT_READ | JS_PROT_WRITE),
			       (long)(JS_MAP_PRIVATE | JS_MAP_ANONYMOUS | JS_MAP_NORESERVE | JS_MAP_POPULATE), -1L, 0L);
	js_syscall(JS_NR_mprotect, m, 4096L, (long)JS_PROT_NONE);
	js_syscall(JS_NR_munmap, m, 4096L);
	js_syscall(JS_NR_mmap, 0L, 4096L, (long)JS_PROT_READ,
		   (long)(JS_MAP_SHARED_VALIDATE | JS_MAP_ANONYMOUS | JS_MAP_SYNC), -1L, 0L);

	/* Sockets: families, types and their flags, protocols, MSG_. */
	s = js_syscall(JS_NR_socket, (long)JS_AF_UNIX, (long)(JS_SOCK_STREAM | JS_SOCK_CLOEXEC | JS_SOCK_NONBLOCK), 0L);
	js_syscall(JS_NR_shutdown, s, (long)JS_SHUT_RDWR);
	js_syscall(JS_NR_shutdown, s, 7L);
	js_close((int)s);
	s = js_syscall(JS_NR_socket, (long)JS_AF_INET, (long)(JS_SOCK_DGRAM | JS_SOCK_CLOEXEC), (long)JS_IPPROTO_UDP);
	js_close((int)s);
	js_syscall(JS_NR_socket, 99L, 15L, 300L);
	js_syscall(JS_NR_sendto, -1L, 0L, 0L, (long)(JS_MSG_DONTWAIT | JS_MSG_NOSIGNAL | JS_MSG_MORE), 0L, 0L);
	js_syscall(JS_NR_accept4, -1L, 0L, 0L, (long)(JS_SOCK_NONBLOCK | JS_SOCK_CLOEXEC));

	/* Events. */
	e = js_syscall(JS_NR_epoll_create1, (long)JS_EPOLL_CLOEXEC);
	js_syscall(JS_NR_epoll_create1, 1L);
	js_syscall(JS_NR_epoll_ctl, e, 9L, (long)p[0], 0L);
	in = js_syscall(JS_NR_inotify_init1, (long)(JS_IN_NONBLOCK | JS_IN_CLOEXEC));
	js_syscall(JS_NR_inotify_add_watch, in, ".", (long)(JS_IN_ONLYDIR | JS_IN_DONT_FOLLOW | JS_IN_MODIFY | JS_IN_ATTRIB));
	js_syscall(JS_NR_inotify_init1, 1L);

	/* Files: access modes, AT_ flags, renames. */
	js_syscall(JS_NR_faccessat2, (long)JS_AT_FDCWD, ".", (long)(JS_R_OK | JS_X_OK),
		   (long)(JS_AT_EACCESS | JS_AT_SYMLINK_NOFOLLOW));
	js_syscall(JS_NR_faccessat, (long)JS_AT_FDCWD, ".", 0x10L);
	js_syscall(JS_NR_unlinkat, (long)JS_AT_FDCWD, "nope", (long)JS_AT_REMOVEDIR);
	js_syscall(JS_NR_unlinkat, (long)JS_AT_FDCWD, "nope", 1L);
	js_syscall(JS_NR_renameat2, (long)JS_AT_FDCWD, "a", (long)JS_AT_FDCWD, "b",
		   (long)(JS_RENAME_NOREPLACE | JS_RENAME_EXCHANGE));
	js_syscall(JS_NR_renameat2, (long)JS_AT_FDCWD, "a", (long)JS_AT_FDCWD, "b", 0x10L);

	/* Signals, from 32 up by strace's names, and wait options. */
	js_syscall(JS_NR_kill, NOPID, (long)JS_SIGTERM);
	js_syscall(JS_NR_kill, NOPID, (long)JS_SIGRTMIN);
	js_syscall(JS_NR_kill, NOPID, (long)JS_SIGRTMIN + 2);
	js_syscall(JS_NR_kill, NOPID, (long)JS_SIGRTMAX);
	js_syscall(JS_NR_kill, NOPID, 65L);
	js_syscall(JS_NR_wait4, -1L, 0L, (long)(JS_WNOHANG | JS___WALL), 0L);
	js_syscall(JS_NR_wait4, -1L, 0L, 0x10L, 0L);

	/* Clocks and the rest. */
	js_syscall(JS_NR_clock_getres, (long)JS_CLOCK_MONOTONIC_COARSE, 0L);
	js_syscall(JS_NR_clock_getres, 99L, 0L);
	return 0;
}
