/* Symbolic names for flag words and enumerations, as strace prints them.
 * The values are the kernel's UAPI ones, which are the same on x86_64,
 * aarch64 and riscv64 for every set here (asm-generic); they are proven
 * against the kernel and glibc headers in tests/host/test_trace_flags.c.
 * Names sit in char arrays inside the rows: no pointers to relocate. */
#include <libjs/thread.h>
#include "trace.h"

#define fl js__flag
#define F(v, name) { v, sizeof(name) - 1, name }
#define N(t) (sizeof t / sizeof t[0])

/* include/uapi/asm-generic/fcntl.h, in strace's order; multi-bit values
 * (O_SYNC, O_TMPFILE) before their parts. */
static const struct fl open_fl[] = {
	F(0100, "O_CREAT"), F(0200, "O_EXCL"), F(0400, "O_NOCTTY"),
	F(01000, "O_TRUNC"), F(02000, "O_APPEND"), F(04000, "O_NONBLOCK"),
	F(04010000, "O_SYNC"), F(010000, "O_DSYNC"), F(040000, "O_DIRECT"),
	F(0100000, "O_LARGEFILE"), F(0400000, "O_NOFOLLOW"),
	F(01000000, "O_NOATIME"), F(02000000, "O_CLOEXEC"),
	F(010000000, "O_PATH"), F(020200000, "O_TMPFILE"),
	F(0200000, "O_DIRECTORY"), F(020000, "FASYNC"),
};
static const struct fl acc_e[] = {
	F(0, "O_RDONLY"), F(1, "O_WRONLY"), F(2, "O_RDWR"), F(3, "O_ACCMODE"),
};
static const struct fl fd_fl[] = {
	F(04000, "O_NONBLOCK"), F(040000, "O_DIRECT"), F(02000000, "O_CLOEXEC"),
};
static const struct fl access_fl[] = {
	F(4, "R_OK"), F(2, "W_OK"), F(1, "X_OK"),
};
/* include/uapi/linux/fcntl.h */
static const struct fl at_fl[] = {
	F(0x100, "AT_SYMLINK_NOFOLLOW"), F(0x200, "AT_EACCESS"),
	F(0x400, "AT_SYMLINK_FOLLOW"), F(0x800, "AT_NO_AUTOMOUNT"),
	F(0x1000, "AT_EMPTY_PATH"), F(0x2000, "AT_STATX_FORCE_SYNC"),
	F(0x4000, "AT_STATX_DONT_SYNC"), F(0x8000, "AT_RECURSIVE"),
};
static const struct fl rm_fl[] = { F(0x200, "AT_REMOVEDIR") };
static const struct fl rename_fl[] = {
	F(1, "RENAME_NOREPLACE"), F(2, "RENAME_EXCHANGE"), F(4, "RENAME_WHITEOUT"),
};
static const struct fl whence_e[] = {
	F(0, "SEEK_SET"), F(1, "SEEK_CUR"), F(2, "SEEK_END"),
	F(3, "SEEK_DATA"), F(4, "SEEK_HOLE"),
};
/* include/uapi/asm-generic/fcntl.h, linux/fcntl.h (F_LINUX_SPECIFIC_BASE) */
static const struct fl fcntl_e[] = {
	F(0, "F_DUPFD"), F(1, "F_GETFD"), F(2, "F_SETFD"), F(3, "F_GETFL"),
	F(4, "F_SETFL"), F(5, "F_GETLK"), F(6, "F_SETLK"), F(7, "F_SETLKW"),
	F(8, "F_SETOWN"), F(9, "F_GETOWN"), F(10, "F_SETSIG"),
	F(11, "F_GETSIG"), F(15, "F_SETOWN_EX"), F(16, "F_GETOWN_EX"),
	F(36, "F_OFD_GETLK"), F(37, "F_OFD_SETLK"), F(38, "F_OFD_SETLKW"),
	F(1024, "F_SETLEASE"), F(1025, "F_GETLEASE"), F(1026, "F_NOTIFY"),
	F(1030, "F_DUPFD_CLOEXEC"), F(1031, "F_SETPIPE_SZ"),
	F(1032, "F_GETPIPE_SZ"), F(1033, "F_ADD_SEALS"), F(1034, "F_GET_SEALS"),
};
static const struct fl fdfl_fl[] = { F(1, "FD_CLOEXEC") };
/* include/uapi/asm-generic/mman-common.h, linux/mman.h */
static const struct fl prot_fl[] = {
	F(1, "PROT_READ"), F(2, "PROT_WRITE"), F(4, "PROT_EXEC"),
	F(8, "PROT_SEM"), F(0x01000000, "PROT_GROWSDOWN"),
	F(0x02000000, "PROT_GROWSUP"),
};
static const struct fl maptype_e[] = {
	F(1, "MAP_SHARED"), F(2, "MAP_PRIVATE"), F(3, "MAP_SHARED_VALIDATE"),
};
static const struct fl map_fl[] = {
	F(0x10, "MAP_FIXED"), F(0x20, "MAP_ANONYMOUS"),
	F(0x100, "MAP_GROWSDOWN"), F(0x800, "MAP_DENYWRITE"),
	F(0x1000, "MAP_EXECUTABLE"), F(0x2000, "MAP_LOCKED"),
	F(0x4000, "MAP_NORESERVE"), F(0x8000, "MAP_POPULATE"),
	F(0x10000, "MAP_NONBLOCK"), F(0x20000, "MAP_STACK"),
	F(0x40000, "MAP_HUGETLB"), F(0x80000, "MAP_SYNC"),
	F(0x100000, "MAP_FIXED_NOREPLACE"), F(0x4000000, "MAP_UNINITIALIZED"),
};
/* include/linux/socket.h (the values are UAPI: glibc's bits/socket.h) */
static const struct fl af_e[] = {
	F(0, "AF_UNSPEC"), F(1, "AF_UNIX"), F(2, "AF_INET"), F(10, "AF_INET6"),
	F(15, "AF_KEY"), F(16, "AF_NETLINK"), F(17, "AF_PACKET"),
	F(29, "AF_CAN"), F(30, "AF_TIPC"), F(31, "AF_BLUETOOTH"),
	F(38, "AF_ALG"), F(40, "AF_VSOCK"), F(44, "AF_XDP"),
};
static const struct fl socktype_e[] = {
	F(1, "SOCK_STREAM"), F(2, "SOCK_DGRAM"), F(3, "SOCK_RAW"),
	F(4, "SOCK_RDM"), F(5, "SOCK_SEQPACKET"), F(6, "SOCK_DCCP"),
	F(10, "SOCK_PACKET"),
};
static const struct fl sock_fl[] = {
	F(04000, "SOCK_NONBLOCK"), F(02000000, "SOCK_CLOEXEC"),
};
/* include/uapi/linux/in.h, in6.h */
static const struct fl ipproto_e[] = {
	F(0, "IPPROTO_IP"), F(1, "IPPROTO_ICMP"), F(6, "IPPROTO_TCP"),
	F(17, "IPPROTO_UDP"), F(41, "IPPROTO_IPV6"), F(58, "IPPROTO_ICMPV6"),
	F(132, "IPPROTO_SCTP"), F(255, "IPPROTO_RAW"),
};
static const struct fl msg_fl[] = {
	F(1, "MSG_OOB"), F(2, "MSG_PEEK"), F(4, "MSG_DONTROUTE"),
	F(8, "MSG_CTRUNC"), F(0x10, "MSG_PROXY"), F(0x20, "MSG_TRUNC"),
	F(0x40, "MSG_DONTWAIT"), F(0x80, "MSG_EOR"), F(0x100, "MSG_WAITALL"),
	F(0x200, "MSG_FIN"), F(0x400, "MSG_SYN"), F(0x800, "MSG_CONFIRM"),
	F(0x1000, "MSG_RST"), F(0x2000, "MSG_ERRQUEUE"),
	F(0x4000, "MSG_NOSIGNAL"), F(0x8000, "MSG_MORE"),
	F(0x10000, "MSG_WAITFORONE"), F(0x40000, "MSG_BATCH"),
	F(0x4000000, "MSG_ZEROCOPY"), F(0x20000000, "MSG_FASTOPEN"),
	F(0x40000000, "MSG_CMSG_CLOEXEC"),
};
static const struct fl shut_e[] = {
	F(0, "SHUT_RD"), F(1, "SHUT_WR"), F(2, "SHUT_RDWR"),
};
/* include/uapi/linux/eventpoll.h */
static const struct fl epflags_fl[] = { F(02000000, "EPOLL_CLOEXEC") };
static const struct fl epctl_e[] = {
	F(1, "EPOLL_CTL_ADD"), F(2, "EPOLL_CTL_DEL"), F(3, "EPOLL_CTL_MOD"),
};
static const struct fl epev_fl[] = {
	F(0x1, "EPOLLIN"), F(0x2, "EPOLLPRI"), F(0x4, "EPOLLOUT"),
	F(0x8, "EPOLLERR"), F(0x10, "EPOLLHUP"), F(0x20, "EPOLLNVAL"),
	F(0x40, "EPOLLRDNORM"), F(0x80, "EPOLLRDBAND"),
	F(0x100, "EPOLLWRNORM"), F(0x200, "EPOLLWRBAND"),
	F(0x400, "EPOLLMSG"), F(0x2000, "EPOLLRDHUP"),
	F(1u << 28, "EPOLLEXCLUSIVE"), F(1u << 29, "EPOLLWAKEUP"),
	F(1u << 30, "EPOLLONESHOT"), F(1u << 31, "EPOLLET"),
};
/* include/uapi/linux/inotify.h */
static const struct fl inflags_fl[] = {
	F(04000, "IN_NONBLOCK"), F(02000000, "IN_CLOEXEC"),
};
static const struct fl inmask_fl[] = {
	F(0x1, "IN_ACCESS"), F(0x2, "IN_MODIFY"), F(0x4, "IN_ATTRIB"),
	F(0x8, "IN_CLOSE_WRITE"), F(0x10, "IN_CLOSE_NOWRITE"),
	F(0x20, "IN_OPEN"), F(0x40, "IN_MOVED_FROM"), F(0x80, "IN_MOVED_TO"),
	F(0x100, "IN_CREATE"), F(0x200, "IN_DELETE"),
	F(0x400, "IN_DELETE_SELF"), F(0x800, "IN_MOVE_SELF"),
	F(0x2000, "IN_UNMOUNT"), F(0x4000, "IN_Q_OVERFLOW"),
	F(0x8000, "IN_IGNORED"), F(0x1000000, "IN_ONLYDIR"),
	F(0x2000000, "IN_DONT_FOLLOW"), F(0x4000000, "IN_EXCL_UNLINK"),
	F(0x10000000, "IN_MASK_CREATE"), F(0x20000000, "IN_MASK_ADD"),
	F(0x40000000, "IN_ISDIR"), F(0x80000000, "IN_ONESHOT"),
};
/* include/uapi/linux/sched.h; the low byte is the exit signal. */
static const struct fl clone_fl[] = {
	F(0x100, "CLONE_VM"), F(0x200, "CLONE_FS"), F(0x400, "CLONE_FILES"),
	F(0x800, "CLONE_SIGHAND"), F(0x1000, "CLONE_PIDFD"),
	F(0x2000, "CLONE_PTRACE"), F(0x4000, "CLONE_VFORK"),
	F(0x8000, "CLONE_PARENT"), F(0x10000, "CLONE_THREAD"),
	F(0x20000, "CLONE_NEWNS"), F(0x40000, "CLONE_SYSVSEM"),
	F(0x80000, "CLONE_SETTLS"), F(0x100000, "CLONE_PARENT_SETTID"),
	F(0x200000, "CLONE_CHILD_CLEARTID"), F(0x400000, "CLONE_DETACHED"),
	F(0x800000, "CLONE_UNTRACED"), F(0x1000000, "CLONE_CHILD_SETTID"),
	F(0x2000000, "CLONE_NEWCGROUP"), F(0x4000000, "CLONE_NEWUTS"),
	F(0x8000000, "CLONE_NEWIPC"), F(0x10000000, "CLONE_NEWUSER"),
	F(0x20000000, "CLONE_NEWPID"), F(0x40000000, "CLONE_NEWNET"),
	F(0x80000000, "CLONE_IO"),
};
/* Signal numbers: include/uapi/asm-generic/signal.h (x86_64 agrees). */
static const struct fl sig_e[] = {
	F(1, "SIGHUP"), F(2, "SIGINT"), F(3, "SIGQUIT"), F(4, "SIGILL"),
	F(5, "SIGTRAP"), F(6, "SIGABRT"), F(7, "SIGBUS"), F(8, "SIGFPE"),
	F(9, "SIGKILL"), F(10, "SIGUSR1"), F(11, "SIGSEGV"),
	F(12, "SIGUSR2"), F(13, "SIGPIPE"), F(14, "SIGALRM"),
	F(15, "SIGTERM"), F(16, "SIGSTKFLT"), F(17, "SIGCHLD"),
	F(18, "SIGCONT"), F(19, "SIGSTOP"), F(20, "SIGTSTP"),
	F(21, "SIGTTIN"), F(22, "SIGTTOU"), F(23, "SIGURG"),
	F(24, "SIGXCPU"), F(25, "SIGXFSZ"), F(26, "SIGVTALRM"),
	F(27, "SIGPROF"), F(28, "SIGWINCH"), F(29, "SIGIO"),
	F(30, "SIGPWR"), F(31, "SIGSYS"),
};
static const struct fl sighow_e[] = {
	F(0, "SIG_BLOCK"), F(1, "SIG_UNBLOCK"), F(2, "SIG_SETMASK"),
};
/* include/uapi/linux/wait.h */
static const struct fl wait_fl[] = {
	F(1, "WNOHANG"), F(2, "WUNTRACED"), F(4, "WEXITED"),
	F(8, "WCONTINUED"), F(0x1000000, "WNOWAIT"),
	F(0x20000000, "__WNOTHREAD"), F(0x40000000, "__WALL"),
	F(0x80000000, "__WCLONE"),
};
/* include/uapi/linux/time.h */
static const struct fl clock_e[] = {
	F(0, "CLOCK_REALTIME"), F(1, "CLOCK_MONOTONIC"),
	F(2, "CLOCK_PROCESS_CPUTIME_ID"), F(3, "CLOCK_THREAD_CPUTIME_ID"),
	F(4, "CLOCK_MONOTONIC_RAW"), F(5, "CLOCK_REALTIME_COARSE"),
	F(6, "CLOCK_MONOTONIC_COARSE"), F(7, "CLOCK_BOOTTIME"),
	F(8, "CLOCK_REALTIME_ALARM"), F(9, "CLOCK_BOOTTIME_ALARM"),
	F(11, "CLOCK_TAI"),
};
static const struct fl timer_fl[] = { F(1, "TIMER_ABSTIME") };
/* include/uapi/linux/random.h */
static const struct fl grnd_fl[] = {
	F(1, "GRND_NONBLOCK"), F(2, "GRND_RANDOM"), F(4, "GRND_INSECURE"),
};
/* Sets whose values are the public JS_ constants themselves (thread.h):
 * J(X) is the row for JS_X, named "X", so value and name are written
 * once, in the header the layout tests check against the kernel's. */
#define J(name) F(JS_##name, #name)
static const struct fl futexop_e[] = {
	J(FUTEX_WAIT), J(FUTEX_WAKE), J(FUTEX_FD), J(FUTEX_REQUEUE),
	J(FUTEX_CMP_REQUEUE), J(FUTEX_WAKE_OP), J(FUTEX_LOCK_PI),
	J(FUTEX_UNLOCK_PI), J(FUTEX_TRYLOCK_PI), J(FUTEX_WAIT_BITSET),
	J(FUTEX_WAKE_BITSET), J(FUTEX_WAIT_REQUEUE_PI),
	J(FUTEX_CMP_REQUEUE_PI), J(FUTEX_LOCK_PI2),
};
static const struct fl futexwop_e[] = {
	J(FUTEX_OP_SET), J(FUTEX_OP_ADD), J(FUTEX_OP_OR), J(FUTEX_OP_ANDN),
	J(FUTEX_OP_XOR),
};
static const struct fl futexcmp_e[] = {
	J(FUTEX_OP_CMP_EQ), J(FUTEX_OP_CMP_NE), J(FUTEX_OP_CMP_LT),
	J(FUTEX_OP_CMP_LE), J(FUTEX_OP_CMP_GT), J(FUTEX_OP_CMP_GE),
};
/* strace's names for struct futex_waitv's flags (Linux 6.1's). */
static const struct fl futex2_fl[] = { J(FUTEX_32), J(FUTEX_PRIVATE_FLAG) };
static const struct fl futexbits_e[] = { J(FUTEX_BITSET_MATCH_ANY) };
#undef J

static void sep(struct js__w *w, int *any)
{
	if (*any)
		js__putc(w, '|');
	*any = 1;
}

/* Name n of its row: the whole array in fixed-size moves when the line
 * has room for it, then only len bytes count. */
static void put_fl(struct js__w *w, const struct fl *f)
{
	if ((size_t)(w->end - w->p) >= sizeof f->n) {
		__builtin_memcpy(w->p, f->n, sizeof f->n);
		w->p += f->len;
	} else {
		js__put_cut(w, f->n, f->len);
	}
}

/* Names for the bits of v found in t, then whatever is left in hex; zero
 * (when nothing at all was printed) as the set's zero name or "0". */
static void bits(struct js__w *w, const struct fl *t, size_t n,
		 unsigned int v, int any, const char *zero)
{
	size_t i;

	/* No set has a zero row, so nothing can match once v is spent. */
	for (i = 0; i < n && v; i++)
		if ((v & t[i].v) == t[i].v) {
			sep(w, &any);
			put_fl(w, &t[i]);
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
			put_fl(w, &t[i]);
			return 1;
		}
	return 0;
}

static void enumv(struct js__w *w, const struct fl *t, size_t n, long v)
{
	if (v < 0 || v > 0xffffffffL || !name(w, t, n, (unsigned int)v))
		js__put_dec(w, v);
}

/* The operation as strace names it: the command, then _PRIVATE (or
 * |FUTEX_PRIVATE_FLAG for FUTEX_FD, which has no _PRIVATE name), then
 * |FUTEX_CLOCK_REALTIME for the waits that take it; anything else in hex
 * with strace's marker. */
static void futex_op(struct js__w *w, unsigned int v)
{
	unsigned int cmd = v & JS_FUTEX_CMD_MASK;
	int rt = (v & JS_FUTEX_CLOCK_REALTIME) != 0;

	if ((!rt || cmd == JS_FUTEX_WAIT || cmd == JS_FUTEX_WAIT_BITSET ||
	     cmd == JS_FUTEX_WAIT_REQUEUE_PI) &&
	    name(w, futexop_e, N(futexop_e), cmd)) {
		if (v & JS_FUTEX_PRIVATE_FLAG)
			js__put(w, cmd == JS_FUTEX_FD ? "|FUTEX_PRIVATE_FLAG" : "_PRIVATE");
		if (rt)
			JS__PUTS(w, "|FUTEX_CLOCK_REALTIME");
		return;
	}
	js__put_hex(w, v);
	JS__PUTS(w, " /* FUTEX_??? */");
}

/* One field of FUTEX_WAKE_OP's val3: its name or hex with strace's
 * marker, then the shift it sits at. */
static void wop_field(struct js__w *w, const struct fl *t, size_t n,
		      unsigned int v, const char *shift, const char *unknown)
{
	if (!name(w, t, n, v)) {
		js__put_hex(w, v);
		js__put(w, shift);
		js__put(w, unknown);
		return;
	}
	js__put(w, shift);
}

static void futex_wake_op(struct js__w *w, unsigned int v)
{
	if ((v >> 28) & JS_FUTEX_OP_OPARG_SHIFT)
		JS__PUTS(w, "FUTEX_OP_OPARG_SHIFT<<28|");
	wop_field(w, futexwop_e, N(futexwop_e), (v >> 28) & 7, "<<28",
		  " /* FUTEX_OP_??? */");
	js__putc(w, '|');
	js__put_hex(w, (v >> 12) & 0xfff);
	JS__PUTS(w, "<<12|");
	wop_field(w, futexcmp_e, N(futexcmp_e), (v >> 24) & 0xf, "<<24",
		  " /* FUTEX_OP_CMP_??? */");
	js__putc(w, '|');
	js__put_hex(w, v & 0xfff);
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
	case K_FUTEXOP: futex_op(w, v); break;
	case K_FUTEXWAKEOP: futex_wake_op(w, v); break;
	case K_FUTEXBITSET:
		if (!name(w, futexbits_e, N(futexbits_e), v))
			js__put_hex(w, v);
		break;
	case K_FUTEX2:
		if (v && !(v & (JS_FUTEX_32 | JS_FUTEX_PRIVATE_FLAG))) {
			js__put_hex(w, v);
			JS__PUTS(w, " /* FUTEX_??? */");
		} else {
			bits(w, futex2_fl, N(futex2_fl), v, 0, 0);
		}
		break;
	default: js__put_hex(w, lv); break;
	}
}

void js__put_bits(struct js__w *w, const struct js__flag *t, size_t n,
		  unsigned long v, const char *zero)
{
	bits(w, t, n, (unsigned int)v, 0, zero);
	if (v >> 31 >> 1) {	/* bits no 32-bit row can name */
		js__putc(w, '|');
		js__put_hex(w, v >> 31 >> 1 << 31 << 1);
	}
}

int js__put_name(struct js__w *w, const struct js__flag *t, size_t n,
		 unsigned long v)
{
	return v <= 0xffffffffUL && name(w, t, n, (unsigned int)v);
}

void js__put_enum(struct js__w *w, const struct js__flag *t, size_t n,
		  long v, const char *unknown)
{
	if (js__put_name(w, t, n, (unsigned long)v))
		return;
	js__put_dec(w, v);
	if (unknown) {
		JS__PUTS(w, " /* ");
		js__put(w, unknown);
		JS__PUTS(w, " */");
	}
}
