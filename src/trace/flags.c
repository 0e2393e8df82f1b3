/* Symbolic names for flag words and enumerations, as strace prints them.
 * The values are the kernel's UAPI ones, which are the same on x86_64,
 * aarch64 and riscv64 for every set here (asm-generic); they are proven
 * against the kernel and glibc headers in tests/host/test_trace_flags.c.
 * Names sit in char arrays inside the rows: no pointers to relocate. */
#include "trace.h"

struct fl {
	unsigned int v;
	char n[25];
};
#define N(t) (sizeof t / sizeof t[0])

/* include/uapi/asm-generic/fcntl.h, in strace's order; multi-bit values
 * (O_SYNC, O_TMPFILE) before their parts. */
static const struct fl open_fl[] = {
	{ 0100, "O_CREAT" }, { 0200, "O_EXCL" }, { 0400, "O_NOCTTY" },
	{ 01000, "O_TRUNC" }, { 02000, "O_APPEND" }, { 04000, "O_NONBLOCK" },
	{ 04010000, "O_SYNC" }, { 010000, "O_DSYNC" }, { 040000, "O_DIRECT" },
	{ 0100000, "O_LARGEFILE" }, { 0400000, "O_NOFOLLOW" },
	{ 01000000, "O_NOATIME" }, { 02000000, "O_CLOEXEC" },
	{ 010000000, "O_PATH" }, { 020200000, "O_TMPFILE" },
	{ 0200000, "O_DIRECTORY" }, { 020000, "FASYNC" },
};
static const struct fl acc_e[] = {
	{ 0, "O_RDONLY" }, { 1, "O_WRONLY" }, { 2, "O_RDWR" }, { 3, "O_ACCMODE" },
};
static const struct fl fd_fl[] = {
	{ 04000, "O_NONBLOCK" }, { 040000, "O_DIRECT" }, { 02000000, "O_CLOEXEC" },
};
static const struct fl access_fl[] = {
	{ 4, "R_OK" }, { 2, "W_OK" }, { 1, "X_OK" },
};
/* include/uapi/linux/fcntl.h */
static const struct fl at_fl[] = {
	{ 0x100, "AT_SYMLINK_NOFOLLOW" }, { 0x200, "AT_EACCESS" },
	{ 0x400, "AT_SYMLINK_FOLLOW" }, { 0x800, "AT_NO_AUTOMOUNT" },
	{ 0x1000, "AT_EMPTY_PATH" }, { 0x2000, "AT_STATX_FORCE_SYNC" },
	{ 0x4000, "AT_STATX_DONT_SYNC" }, { 0x8000, "AT_RECURSIVE" },
};
static const struct fl rm_fl[] = { { 0x200, "AT_REMOVEDIR" } };
static const struct fl rename_fl[] = {
	{ 1, "RENAME_NOREPLACE" }, { 2, "RENAME_EXCHANGE" }, { 4, "RENAME_WHITEOUT" },
};
static const struct fl whence_e[] = {
	{ 0, "SEEK_SET" }, { 1, "SEEK_CUR" }, { 2, "SEEK_END" },
	{ 3, "SEEK_DATA" }, { 4, "SEEK_HOLE" },
};
/* include/uapi/asm-generic/fcntl.h, linux/fcntl.h (F_LINUX_SPECIFIC_BASE) */
static const struct fl fcntl_e[] = {
	{ 0, "F_DUPFD" }, { 1, "F_GETFD" }, { 2, "F_SETFD" }, { 3, "F_GETFL" },
	{ 4, "F_SETFL" }, { 5, "F_GETLK" }, { 6, "F_SETLK" }, { 7, "F_SETLKW" },
	{ 8, "F_SETOWN" }, { 9, "F_GETOWN" }, { 10, "F_SETSIG" },
	{ 11, "F_GETSIG" }, { 15, "F_SETOWN_EX" }, { 16, "F_GETOWN_EX" },
	{ 36, "F_OFD_GETLK" }, { 37, "F_OFD_SETLK" }, { 38, "F_OFD_SETLKW" },
	{ 1024, "F_SETLEASE" }, { 1025, "F_GETLEASE" }, { 1026, "F_NOTIFY" },
	{ 1030, "F_DUPFD_CLOEXEC" }, { 1031, "F_SETPIPE_SZ" },
	{ 1032, "F_GETPIPE_SZ" }, { 1033, "F_ADD_SEALS" }, { 1034, "F_GET_SEALS" },
};
static const struct fl fdfl_fl[] = { { 1, "FD_CLOEXEC" } };
/* include/uapi/asm-generic/mman-common.h, linux/mman.h */
static const struct fl prot_fl[] = {
	{ 1, "PROT_READ" }, { 2, "PROT_WRITE" }, { 4, "PROT_EXEC" },
	{ 8, "PROT_SEM" }, { 0x01000000, "PROT_GROWSDOWN" },
	{ 0x02000000, "PROT_GROWSUP" },
};
static const struct fl maptype_e[] = {
	{ 1, "MAP_SHARED" }, { 2, "MAP_PRIVATE" }, { 3, "MAP_SHARED_VALIDATE" },
};
static const struct fl map_fl[] = {
	{ 0x10, "MAP_FIXED" }, { 0x20, "MAP_ANONYMOUS" },
	{ 0x100, "MAP_GROWSDOWN" }, { 0x800, "MAP_DENYWRITE" },
	{ 0x1000, "MAP_EXECUTABLE" }, { 0x2000, "MAP_LOCKED" },
	{ 0x4000, "MAP_NORESERVE" }, { 0x8000, "MAP_POPULATE" },
	{ 0x10000, "MAP_NONBLOCK" }, { 0x20000, "MAP_STACK" },
	{ 0x40000, "MAP_HUGETLB" }, { 0x80000, "MAP_SYNC" },
	{ 0x100000, "MAP_FIXED_NOREPLACE" }, { 0x4000000, "MAP_UNINITIALIZED" },
};
/* include/linux/socket.h (the values are UAPI: glibc's bits/socket.h) */
static const struct fl af_e[] = {
	{ 0, "AF_UNSPEC" }, { 1, "AF_UNIX" }, { 2, "AF_INET" }, { 10, "AF_INET6" },
	{ 15, "AF_KEY" }, { 16, "AF_NETLINK" }, { 17, "AF_PACKET" },
	{ 29, "AF_CAN" }, { 30, "AF_TIPC" }, { 31, "AF_BLUETOOTH" },
	{ 38, "AF_ALG" }, { 40, "AF_VSOCK" }, { 44, "AF_XDP" },
};
static const struct fl socktype_e[] = {
	{ 1, "SOCK_STREAM" }, { 2, "SOCK_DGRAM" }, { 3, "SOCK_RAW" },
	{ 4, "SOCK_RDM" }, { 5, "SOCK_SEQPACKET" }, { 6, "SOCK_DCCP" },
	{ 10, "SOCK_PACKET" },
};
static const struct fl sock_fl[] = {
	{ 04000, "SOCK_NONBLOCK" }, { 02000000, "SOCK_CLOEXEC" },
};
/* include/uapi/linux/in.h, in6.h */
static const struct fl ipproto_e[] = {
	{ 0, "IPPROTO_IP" }, { 1, "IPPROTO_ICMP" }, { 6, "IPPROTO_TCP" },
	{ 17, "IPPROTO_UDP" }, { 41, "IPPROTO_IPV6" }, { 58, "IPPROTO_ICMPV6" },
	{ 132, "IPPROTO_SCTP" }, { 255, "IPPROTO_RAW" },
};
static const struct fl msg_fl[] = {
	{ 1, "MSG_OOB" }, { 2, "MSG_PEEK" }, { 4, "MSG_DONTROUTE" },
	{ 8, "MSG_CTRUNC" }, { 0x10, "MSG_PROXY" }, { 0x20, "MSG_TRUNC" },
	{ 0x40, "MSG_DONTWAIT" }, { 0x80, "MSG_EOR" }, { 0x100, "MSG_WAITALL" },
	{ 0x200, "MSG_FIN" }, { 0x400, "MSG_SYN" }, { 0x800, "MSG_CONFIRM" },
	{ 0x1000, "MSG_RST" }, { 0x2000, "MSG_ERRQUEUE" },
	{ 0x4000, "MSG_NOSIGNAL" }, { 0x8000, "MSG_MORE" },
	{ 0x10000, "MSG_WAITFORONE" }, { 0x40000, "MSG_BATCH" },
	{ 0x4000000, "MSG_ZEROCOPY" }, { 0x20000000, "MSG_FASTOPEN" },
	{ 0x40000000, "MSG_CMSG_CLOEXEC" },
};
static const struct fl shut_e[] = {
	{ 0, "SHUT_RD" }, { 1, "SHUT_WR" }, { 2, "SHUT_RDWR" },
};
/* include/uapi/linux/eventpoll.h */
static const struct fl epflags_fl[] = { { 02000000, "EPOLL_CLOEXEC" } };
static const struct fl epctl_e[] = {
	{ 1, "EPOLL_CTL_ADD" }, { 2, "EPOLL_CTL_DEL" }, { 3, "EPOLL_CTL_MOD" },
};
static const struct fl epev_fl[] = {
	{ 0x1, "EPOLLIN" }, { 0x2, "EPOLLPRI" }, { 0x4, "EPOLLOUT" },
	{ 0x8, "EPOLLERR" }, { 0x10, "EPOLLHUP" }, { 0x20, "EPOLLNVAL" },
	{ 0x40, "EPOLLRDNORM" }, { 0x80, "EPOLLRDBAND" },
	{ 0x100, "EPOLLWRNORM" }, { 0x200, "EPOLLWRBAND" },
	{ 0x400, "EPOLLMSG" }, { 0x2000, "EPOLLRDHUP" },
	{ 1u << 28, "EPOLLEXCLUSIVE" }, { 1u << 29, "EPOLLWAKEUP" },
	{ 1u << 30, "EPOLLONESHOT" }, { 1u << 31, "EPOLLET" },
};
/* include/uapi/linux/inotify.h */
static const struct fl inflags_fl[] = {
	{ 04000, "IN_NONBLOCK" }, { 02000000, "IN_CLOEXEC" },
};
static const struct fl inmask_fl[] = {
	{ 0x1, "IN_ACCESS" }, { 0x2, "IN_MODIFY" }, { 0x4, "IN_ATTRIB" },
	{ 0x8, "IN_CLOSE_WRITE" }, { 0x10, "IN_CLOSE_NOWRITE" },
	{ 0x20, "IN_OPEN" }, { 0x40, "IN_MOVED_FROM" }, { 0x80, "IN_MOVED_TO" },
	{ 0x100, "IN_CREATE" }, { 0x200, "IN_DELETE" },
	{ 0x400, "IN_DELETE_SELF" }, { 0x800, "IN_MOVE_SELF" },
	{ 0x2000, "IN_UNMOUNT" }, { 0x4000, "IN_Q_OVERFLOW" },
	{ 0x8000, "IN_IGNORED" }, { 0x1000000, "IN_ONLYDIR" },
	{ 0x2000000, "IN_DONT_FOLLOW" }, { 0x4000000, "IN_EXCL_UNLINK" },
	{ 0x10000000, "IN_MASK_CREATE" }, { 0x20000000, "IN_MASK_ADD" },
	{ 0x40000000, "IN_ISDIR" }, { 0x80000000, "IN_ONESHOT" },
};
/* include/uapi/linux/sched.h; the low byte is the exit signal. */
static const struct fl clone_fl[] = {
	{ 0x100, "CLONE_VM" }, { 0x200, "CLONE_FS" }, { 0x400, "CLONE_FILES" },
	{ 0x800, "CLONE_SIGHAND" }, { 0x1000, "CLONE_PIDFD" },
	{ 0x2000, "CLONE_PTRACE" }, { 0x4000, "CLONE_VFORK" },
	{ 0x8000, "CLONE_PARENT" }, { 0x10000, "CLONE_THREAD" },
	{ 0x20000, "CLONE_NEWNS" }, { 0x40000, "CLONE_SYSVSEM" },
	{ 0x80000, "CLONE_SETTLS" }, { 0x100000, "CLONE_PARENT_SETTID" },
	{ 0x200000, "CLONE_CHILD_CLEARTID" }, { 0x400000, "CLONE_DETACHED" },
	{ 0x800000, "CLONE_UNTRACED" }, { 0x1000000, "CLONE_CHILD_SETTID" },
	{ 0x2000000, "CLONE_NEWCGROUP" }, { 0x4000000, "CLONE_NEWUTS" },
	{ 0x8000000, "CLONE_NEWIPC" }, { 0x10000000, "CLONE_NEWUSER" },
	{ 0x20000000, "CLONE_NEWPID" }, { 0x40000000, "CLONE_NEWNET" },
	{ 0x80000000, "CLONE_IO" },
};
/* Signal numbers: include/uapi/asm-generic/signal.h (x86_64 agrees). */
static const struct fl sig_e[] = {
	{ 1, "SIGHUP" }, { 2, "SIGINT" }, { 3, "SIGQUIT" }, { 4, "SIGILL" },
	{ 5, "SIGTRAP" }, { 6, "SIGABRT" }, { 7, "SIGBUS" }, { 8, "SIGFPE" },
	{ 9, "SIGKILL" }, { 10, "SIGUSR1" }, { 11, "SIGSEGV" },
	{ 12, "SIGUSR2" }, { 13, "SIGPIPE" }, { 14, "SIGALRM" },
	{ 15, "SIGTERM" }, { 16, "SIGSTKFLT" }, { 17, "SIGCHLD" },
	{ 18, "SIGCONT" }, { 19, "SIGSTOP" }, { 20, "SIGTSTP" },
	{ 21, "SIGTTIN" }, { 22, "SIGTTOU" }, { 23, "SIGURG" },
	{ 24, "SIGXCPU" }, { 25, "SIGXFSZ" }, { 26, "SIGVTALRM" },
	{ 27, "SIGPROF" }, { 28, "SIGWINCH" }, { 29, "SIGIO" },
	{ 30, "SIGPWR" }, { 31, "SIGSYS" },
};
static const struct fl sighow_e[] = {
	{ 0, "SIG_BLOCK" }, { 1, "SIG_UNBLOCK" }, { 2, "SIG_SETMASK" },
};
/* include/uapi/linux/wait.h */
static const struct fl wait_fl[] = {
	{ 1, "WNOHANG" }, { 2, "WUNTRACED" }, { 4, "WEXITED" },
	{ 8, "WCONTINUED" }, { 0x1000000, "WNOWAIT" },
	{ 0x20000000, "__WNOTHREAD" }, { 0x40000000, "__WALL" },
	{ 0x80000000, "__WCLONE" },
};
/* include/uapi/linux/time.h */
static const struct fl clock_e[] = {
	{ 0, "CLOCK_REALTIME" }, { 1, "CLOCK_MONOTONIC" },
	{ 2, "CLOCK_PROCESS_CPUTIME_ID" }, { 3, "CLOCK_THREAD_CPUTIME_ID" },
	{ 4, "CLOCK_MONOTONIC_RAW" }, { 5, "CLOCK_REALTIME_COARSE" },
	{ 6, "CLOCK_MONOTONIC_COARSE" }, { 7, "CLOCK_BOOTTIME" },
	{ 8, "CLOCK_REALTIME_ALARM" }, { 9, "CLOCK_BOOTTIME_ALARM" },
	{ 11, "CLOCK_TAI" },
};
static const struct fl timer_fl[] = { { 1, "TIMER_ABSTIME" } };
/* include/uapi/linux/random.h */
static const struct fl grnd_fl[] = {
	{ 1, "GRND_NONBLOCK" }, { 2, "GRND_RANDOM" }, { 4, "GRND_INSECURE" },
};
static void sep(struct js__w *w, int *any)
{
	if (*any)
		js__putc(w, '|');
	*any = 1;
}

/* Names for the bits of v found in t, then whatever is left in hex; zero
 * (when nothing at all was printed) as the set's zero name or "0". */
static void bits(struct js__w *w, const struct fl *t, size_t n,
		 unsigned int v, int any, const char *zero)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((v & t[i].v) == t[i].v) {
			sep(w, &any);
			js__put(w, t[i].n);
			v &= ~t[i].v;
		}
	if (v) {
		sep(w, &any);
		js__put_hex(w, v);
	}
	if (!any)
		js__put(w, zero ? zero : "0");
}

/* The name of value v in t; 0 when it has none. */
static int name(struct js__w *w, const struct fl *t, size_t n, unsigned int v)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (t[i].v == v) {
			js__put(w, t[i].n);
			return 1;
		}
	return 0;
}

static void enumv(struct js__w *w, const struct fl *t, size_t n, long v)
{
	if (v < 0 || v > 0xffffffffL || !name(w, t, n, (unsigned int)v))
		js__put_dec(w, v);
}

void js__put_flags(struct js__w *w, int k, unsigned long lv)
{
	unsigned int v = (unsigned int)lv;
	int any;

	switch (k) {
	case K_OFLAGS:
		name(w, acc_e, N(acc_e), v & 3);
		bits(w, open_fl, N(open_fl), v & ~3u, 1, 0);
		break;
	case K_FDFLAGS: bits(w, fd_fl, N(fd_fl), v, 0, 0); break;
	/* Modes are octal, as strace shows them outside mknod: 0644. */
	case K_MODE: case K_UMASK: js__put_oct(w, v); break;
	case K_ACCESS: bits(w, access_fl, N(access_fl), v, 0, "F_OK"); break;
	case K_ATFLAGS: bits(w, at_fl, N(at_fl), v, 0, 0); break;
	case K_RMFLAGS: bits(w, rm_fl, N(rm_fl), v, 0, 0); break;
	case K_RENAME: bits(w, rename_fl, N(rename_fl), v, 0, 0); break;
	case K_WHENCE: enumv(w, whence_e, N(whence_e), (int)v); break;
	case K_FCNTL: enumv(w, fcntl_e, N(fcntl_e), (int)v); break;
	case K_FCNTLARG: bits(w, fdfl_fl, N(fdfl_fl), v, 0, 0); break;
	case K_PROT: bits(w, prot_fl, N(prot_fl), v, 0, "PROT_NONE"); break;
	case K_MAPF:
		any = name(w, maptype_e, N(maptype_e), v & 0xf);
		bits(w, map_fl, N(map_fl), any ? v & ~0xfu : v, any, 0);
		break;
	case K_AF: enumv(w, af_e, N(af_e), (int)v); break;
	case K_SOCKTYPE:
		any = name(w, socktype_e, N(socktype_e), v & 0xf);
		bits(w, sock_fl, N(sock_fl), any ? v & ~0xfu : v, any, 0);
		break;
	case K_SOCKFLAGS: bits(w, sock_fl, N(sock_fl), v, 0, 0); break;
	case K_PROTO: enumv(w, ipproto_e, N(ipproto_e), (int)v); break;
	case K_MSGF: bits(w, msg_fl, N(msg_fl), v, 0, 0); break;
	case K_SHUT: enumv(w, shut_e, N(shut_e), (int)v); break;
	case K_EPFLAGS: bits(w, epflags_fl, N(epflags_fl), v, 0, 0); break;
	case K_EPCTL: enumv(w, epctl_e, N(epctl_e), (int)v); break;
	case K_EPEV: bits(w, epev_fl, N(epev_fl), v, 0, 0); break;
	case K_INFLAGS: bits(w, inflags_fl, N(inflags_fl), v, 0, 0); break;
	case K_INMASK: bits(w, inmask_fl, N(inmask_fl), v, 0, 0); break;
	case K_CLONE:
		any = 0;
		if (v & ~0xffu)
			bits(w, clone_fl, N(clone_fl), v & ~0xffu, 0, 0), any = 1;
		if ((v & 0xff) || !any) {
			sep(w, &any);
			enumv(w, sig_e, N(sig_e), v & 0xff);
		}
		break;
	case K_SIG: enumv(w, sig_e, N(sig_e), (int)v); break;
	case K_SIGHOW: enumv(w, sighow_e, N(sighow_e), (int)v); break;
	case K_WAITOPT: bits(w, wait_fl, N(wait_fl), v, 0, 0); break;
	case K_CLOCK: enumv(w, clock_e, N(clock_e), (int)v); break;
	case K_TIMERFLAGS: bits(w, timer_fl, N(timer_fl), v, 0, 0); break;
	case K_GRND: bits(w, grnd_fl, N(grnd_fl), v, 0, 0); break;
	default: js__put_hex(w, lv); break;
	}
}
