/* Symbolic names for flag words and enumerations, as strace 6.1 prints
 * them.  Every row is JS__FLAG(X): the value is the public constant JS_X,
 * written once in its public header (per-architecture ones under
 * include/libjs/arch/<a>/), which tests/sh/test_consts_arch_layout.sh
 * proves against each architecture's kernel UAPI headers and glibc's.  So
 * aarch64's O_DIRECTORY (040000) decodes as O_DIRECTORY there by
 * construction.  Rows are in strace's order (its src/xlat/<set>.in, and
 * what strace itself prints with every bit set): a multi-bit value
 * (O_SYNC, O_TMPFILE) comes before its parts, so it is named whole.
 * Names sit in char arrays inside the rows: no pointers to relocate. */
#include <libjs/events.h>
#include <libjs/fs.h>
#include <libjs/mem.h>
#include <libjs/net.h>
#include <libjs/proc.h>
#include <libjs/signal.h>
#include <libjs/thread.h>
#include <libjs/time.h>
#include "trace.h"

#define fl js__flag
#define J JS__FLAG
#define N JS__NELEM
/* A set other decoders print too (trace.h, JS__SET): its row count. */
#define SET_N(s) const size_t js__set_##s##_n = N(js__set_##s)

/* open(2)'s flags above the access mode (strace's open_mode_flags; also
 * pipe2's and dup3's). */
static const struct fl open_fl[] = {
	J(O_CREAT), J(O_EXCL), J(O_NOCTTY), J(O_TRUNC), J(O_APPEND),
	J(O_NONBLOCK), J(O_SYNC), J(__O_SYNC), J(O_DSYNC), J(O_DIRECT),
	J(O_LARGEFILE), J(O_NOFOLLOW), J(O_NOATIME), J(O_CLOEXEC), J(O_PATH),
	J(O_TMPFILE), J(__O_TMPFILE), J(O_DIRECTORY), J(FASYNC),
};
static const struct fl acc_e[] = {
	J(O_RDONLY), J(O_WRONLY), J(O_RDWR), J(O_ACCMODE),
};
static const struct fl access_fl[] = { J(R_OK), J(W_OK), J(X_OK) };
/* strace's at_flags (newfstatat, linkat, unlinkat, utimensat, ...):
 * AT_EACCESS shares AT_REMOVEDIR's bit and is named so only by
 * faccessat2 (faccessat_flags). */
static const struct fl at_fl[] = {
	J(AT_SYMLINK_NOFOLLOW), J(AT_REMOVEDIR), J(AT_SYMLINK_FOLLOW),
	J(AT_NO_AUTOMOUNT), J(AT_EMPTY_PATH), J(AT_RECURSIVE),
};
static const struct fl faccessat_fl[] = {
	J(AT_SYMLINK_NOFOLLOW), J(AT_EACCESS), J(AT_EMPTY_PATH),
};
static const struct fl statx_sync_fl[] = {
	J(AT_STATX_FORCE_SYNC), J(AT_STATX_DONT_SYNC),
};
static const struct fl rename_fl[] = {
	J(RENAME_NOREPLACE), J(RENAME_EXCHANGE), J(RENAME_WHITEOUT),
};
static const struct fl whence_e[] = {
	J(SEEK_SET), J(SEEK_CUR), J(SEEK_END), J(SEEK_DATA), J(SEEK_HOLE),
};
static const struct fl fcntl_e[] = {
	J(F_DUPFD), J(F_GETFD), J(F_SETFD), J(F_GETFL), J(F_SETFL),
	J(F_GETLK), J(F_SETLK), J(F_SETLKW), J(F_SETOWN), J(F_GETOWN),
	J(F_SETSIG), J(F_GETSIG), J(F_SETOWN_EX), J(F_GETOWN_EX),
	J(F_GETOWNER_UIDS), J(F_OFD_GETLK), J(F_OFD_SETLK), J(F_OFD_SETLKW),
	J(F_SETLEASE), J(F_GETLEASE), J(F_NOTIFY), J(F_CANCELLK),
	J(F_DUPFD_CLOEXEC), J(F_SETPIPE_SZ), J(F_GETPIPE_SZ), J(F_ADD_SEALS),
	J(F_GET_SEALS), J(F_GET_RW_HINT), J(F_SET_RW_HINT),
	J(F_GET_FILE_RW_HINT), J(F_SET_FILE_RW_HINT),
};
static const struct fl fdfl_fl[] = { J(FD_CLOEXEC) };
const struct fl js__set_lock[] = { J(F_RDLCK), J(F_WRLCK), J(F_UNLCK) };
SET_N(lock);
static const struct fl notify_fl[] = {
	J(DN_ACCESS), J(DN_MODIFY), J(DN_CREATE), J(DN_DELETE), J(DN_RENAME),
	J(DN_ATTRIB), J(DN_MULTISHOT),
};
const struct fl js__set_seals[] = {
	J(F_SEAL_SEAL), J(F_SEAL_SHRINK), J(F_SEAL_GROW), J(F_SEAL_WRITE),
	J(F_SEAL_FUTURE_WRITE),
};
SET_N(seals);
static const struct fl prot_fl[] = {
	J(PROT_READ), J(PROT_WRITE), J(PROT_EXEC), J(PROT_SEM),
	J(PROT_GROWSDOWN), J(PROT_GROWSUP),
};
/* mmap(2)'s flags: the type (MAP_TYPE bits, MAP_FILE for 0), then the
 * flags, then the huge page size as strace shows it (N<<MAP_HUGE_SHIFT,
 * which takes MAP_UNINITIALIZED's bit with it, as in strace 6.1). */
static const struct fl maptype_e[] = {
	J(MAP_FILE), J(MAP_SHARED), J(MAP_PRIVATE), J(MAP_SHARED_VALIDATE),
};
static const struct fl map_fl[] = {
	J(MAP_FIXED), J(MAP_ANONYMOUS),
#ifdef JS_MAP_32BIT	/* x86_64's (arch/x86_64/mem.h) */
	J(MAP_32BIT),
#endif
	J(MAP_NORESERVE), J(MAP_POPULATE), J(MAP_NONBLOCK), J(MAP_GROWSDOWN),
	J(MAP_DENYWRITE), J(MAP_EXECUTABLE), J(MAP_LOCKED), J(MAP_STACK),
	J(MAP_HUGETLB), J(MAP_SYNC), J(MAP_FIXED_NOREPLACE),
};
static const struct fl af_e[] = {
	J(AF_UNSPEC), J(AF_UNIX), J(AF_INET), J(AF_AX25), J(AF_IPX),
	J(AF_APPLETALK), J(AF_NETROM), J(AF_BRIDGE), J(AF_ATMPVC), J(AF_X25),
	J(AF_INET6), J(AF_ROSE), J(AF_DECnet), J(AF_NETBEUI), J(AF_SECURITY),
	J(AF_KEY), J(AF_NETLINK), J(AF_PACKET), J(AF_ASH), J(AF_ECONET),
	J(AF_ATMSVC), J(AF_RDS), J(AF_SNA), J(AF_IRDA), J(AF_PPPOX),
	J(AF_WANPIPE), J(AF_LLC), J(AF_IB), J(AF_MPLS), J(AF_CAN), J(AF_TIPC),
	J(AF_BLUETOOTH), J(AF_IUCV), J(AF_RXRPC), J(AF_ISDN), J(AF_PHONET),
	J(AF_IEEE802154), J(AF_CAIF), J(AF_ALG), J(AF_NFC), J(AF_VSOCK),
	J(AF_KCM), J(AF_QIPCRTR), J(AF_SMC), J(AF_XDP), J(AF_MCTP),
};
static const struct fl socktype_e[] = {
	J(SOCK_STREAM), J(SOCK_DGRAM), J(SOCK_RAW), J(SOCK_RDM),
	J(SOCK_SEQPACKET), J(SOCK_DCCP), J(SOCK_PACKET),
};
static const struct fl sock_fl[] = { J(SOCK_CLOEXEC), J(SOCK_NONBLOCK) };
/* IPPROTO_IP before IPPROTO_HOPOPTS, its alias: strace names 0 so. */
static const struct fl ipproto_e[] = {
	J(IPPROTO_IP), J(IPPROTO_ICMP), J(IPPROTO_IGMP), J(IPPROTO_IPIP),
	J(IPPROTO_TCP), J(IPPROTO_EGP), J(IPPROTO_PUP), J(IPPROTO_UDP),
	J(IPPROTO_IDP), J(IPPROTO_TP), J(IPPROTO_DCCP), J(IPPROTO_IPV6),
	J(IPPROTO_ROUTING), J(IPPROTO_FRAGMENT), J(IPPROTO_RSVP),
	J(IPPROTO_GRE), J(IPPROTO_ESP), J(IPPROTO_AH), J(IPPROTO_ICMPV6),
	J(IPPROTO_NONE), J(IPPROTO_DSTOPTS), J(IPPROTO_MTP), J(IPPROTO_BEETPH),
	J(IPPROTO_ENCAP), J(IPPROTO_PIM), J(IPPROTO_COMP), J(IPPROTO_L2TP),
	J(IPPROTO_SCTP), J(IPPROTO_MH), J(IPPROTO_UDPLITE), J(IPPROTO_MPLS),
	J(IPPROTO_ETHERNET), J(IPPROTO_RAW), J(IPPROTO_MPTCP),
};
/* strace's msg_flags: MSG_PROBE (not glibc's MSG_PROXY) for 0x10, and the
 * kernel's internal flags it also names. */
static const struct fl msg_fl[] = {
	J(MSG_OOB), J(MSG_PEEK), J(MSG_DONTROUTE), J(MSG_CTRUNC), J(MSG_PROBE),
	J(MSG_TRUNC), J(MSG_DONTWAIT), J(MSG_EOR), J(MSG_WAITALL), J(MSG_FIN),
	J(MSG_SYN), J(MSG_CONFIRM), J(MSG_RST), J(MSG_ERRQUEUE),
	J(MSG_NOSIGNAL), J(MSG_MORE), J(MSG_WAITFORONE),
	J(MSG_SENDPAGE_NOTLAST), J(MSG_BATCH), J(MSG_NO_SHARED_FRAGS),
	J(MSG_ZEROCOPY), J(MSG_FASTOPEN), J(MSG_CMSG_CLOEXEC),
	J(MSG_CMSG_COMPAT),
};
static const struct fl shut_e[] = { J(SHUT_RD), J(SHUT_WR), J(SHUT_RDWR) };
static const struct fl epflags_fl[] = { J(EPOLL_CLOEXEC) };
static const struct fl epctl_e[] = {
	J(EPOLL_CTL_ADD), J(EPOLL_CTL_DEL), J(EPOLL_CTL_MOD),
};
static const struct fl epev_fl[] = {
	J(EPOLLIN), J(EPOLLPRI), J(EPOLLOUT), J(EPOLLERR), J(EPOLLHUP),
	J(EPOLLNVAL), J(EPOLLRDNORM), J(EPOLLRDBAND), J(EPOLLWRNORM),
	J(EPOLLWRBAND), J(EPOLLMSG), J(EPOLLRDHUP), J(EPOLLEXCLUSIVE),
	J(EPOLLWAKEUP), J(EPOLLONESHOT), J(EPOLLET),
};
static const struct fl inflags_fl[] = { J(IN_NONBLOCK), J(IN_CLOEXEC) };
static const struct fl inmask_fl[] = {
	J(IN_ACCESS), J(IN_MODIFY), J(IN_ATTRIB), J(IN_CLOSE_WRITE),
	J(IN_CLOSE_NOWRITE), J(IN_OPEN), J(IN_MOVED_FROM), J(IN_MOVED_TO),
	J(IN_CREATE), J(IN_DELETE), J(IN_DELETE_SELF), J(IN_MOVE_SELF),
	J(IN_UNMOUNT), J(IN_Q_OVERFLOW), J(IN_IGNORED), J(IN_ONLYDIR),
	J(IN_DONT_FOLLOW), J(IN_EXCL_UNLINK), J(IN_MASK_CREATE),
	J(IN_MASK_ADD), J(IN_ISDIR), J(IN_ONESHOT),
};
/* clone(2)'s flags above the exit signal; strace leaves CLONE_DETACHED
 * (ignored by the kernel) and clone3's bits above 31 unnamed here. */
const struct fl js__set_clone[] = {
	J(CLONE_VM), J(CLONE_FS), J(CLONE_FILES), J(CLONE_SIGHAND),
	J(CLONE_PIDFD), J(CLONE_PTRACE), J(CLONE_VFORK), J(CLONE_PARENT),
	J(CLONE_THREAD), J(CLONE_NEWNS), J(CLONE_SYSVSEM), J(CLONE_SETTLS),
	J(CLONE_PARENT_SETTID), J(CLONE_CHILD_CLEARTID), J(CLONE_UNTRACED),
	J(CLONE_CHILD_SETTID), J(CLONE_NEWCGROUP), J(CLONE_NEWUTS),
	J(CLONE_NEWIPC), J(CLONE_NEWUSER), J(CLONE_NEWPID), J(CLONE_NEWNET),
	J(CLONE_IO),
};
SET_N(clone);
/* Signals 1-31 and SIGRTMIN (asm-generic/signal.h's numbers, x86_64's
 * agree; SIGABRT and SIGIO rather than their aliases); above SIGRTMIN
 * strace counts: SIGRT_1, ... (js__put_signame, dec_signal.c). */
const struct fl js__set_sig[] = {
	J(SIGHUP), J(SIGINT), J(SIGQUIT), J(SIGILL), J(SIGTRAP), J(SIGABRT),
	J(SIGBUS), J(SIGFPE), J(SIGKILL), J(SIGUSR1), J(SIGSEGV), J(SIGUSR2),
	J(SIGPIPE), J(SIGALRM), J(SIGTERM), J(SIGSTKFLT), J(SIGCHLD),
	J(SIGCONT), J(SIGSTOP), J(SIGTSTP), J(SIGTTIN), J(SIGTTOU), J(SIGURG),
	J(SIGXCPU), J(SIGXFSZ), J(SIGVTALRM), J(SIGPROF), J(SIGWINCH),
	J(SIGIO), J(SIGPWR), J(SIGSYS), J(SIGRTMIN),
};
SET_N(sig);
static const struct fl sighow_e[] = {
	J(SIG_BLOCK), J(SIG_UNBLOCK), J(SIG_SETMASK),
};
/* WSTOPPED is strace's spelling of WUNTRACED's bit. */
static const struct fl wait_fl[] = {
	J(WNOHANG), J(WEXITED), J(WSTOPPED), J(WCONTINUED), J(WNOWAIT),
	J(__WCLONE), J(__WALL), J(__WNOTHREAD),
};
static const struct fl clock_e[] = {
	J(CLOCK_REALTIME), J(CLOCK_MONOTONIC), J(CLOCK_PROCESS_CPUTIME_ID),
	J(CLOCK_THREAD_CPUTIME_ID), J(CLOCK_MONOTONIC_RAW),
	J(CLOCK_REALTIME_COARSE), J(CLOCK_MONOTONIC_COARSE), J(CLOCK_BOOTTIME),
	J(CLOCK_REALTIME_ALARM), J(CLOCK_BOOTTIME_ALARM), J(CLOCK_SGI_CYCLE),
	J(CLOCK_TAI),
};
static const struct fl timer_fl[] = { J(TIMER_ABSTIME) };
static const struct fl grnd_fl[] = {
	J(GRND_NONBLOCK), J(GRND_RANDOM), J(GRND_INSECURE),
};
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

static void comment(struct js__w *w, const char *unknown)
{
	JS__PUTS(w, " /* ");
	js__put(w, unknown);
	JS__PUTS(w, " */");
}

/* strace's printflags: the names of v's bits found in t, then what is
 * left in hex -- with the comment unknown when no name was printed (and
 * nothing before it: any) -- or, for 0, the set's zero name or "0". */
static void bits(struct js__w *w, const struct fl *t, size_t n,
		 unsigned long long v, int any, const char *zero,
		 const char *unknown)
{
	int named = 0;
	size_t i;

	if (!v) {
		if (!any)
			js__put(w, zero ? zero : "0");
		return;
	}
	for (i = 0; i < n && v; i++)
		if (t[i].v && (v & t[i].v) == t[i].v) {
			sep(w, &any);
			put_fl(w, &t[i]);
			v &= ~t[i].v;
			named = 1;
		}
	if (v) {
		int first = !any;

		sep(w, &any);
		js__put_hex(w, (unsigned long)v);
		if (first && !named && unknown)
			comment(w, unknown);
	}
}

/* The name of value v in t; 0 when it has none. */
static int name(struct js__w *w, const struct fl *t, size_t n,
		unsigned long long v)
{
	size_t i;

	/* A negative int constant (RUSAGE_CHILDREN, SI_QUEUE: -1) is held
	 * sign-extended, and matches the same int passed as the kernel's
	 * unsigned int too. */
	for (i = 0; i < n; i++)
		if (t[i].v == v || (t[i].v >> 31 == 0x1ffffffffULL &&
				    (unsigned int)t[i].v == v)) {
			put_fl(w, &t[i]);
			return 1;
		}
	return 0;
}

/* strace's printxval: the name, else the value in hex (an int's value
 * as the kernel's unsigned int) with the comment. */
static void xval(struct js__w *w, const struct fl *t, size_t n,
		 unsigned int v, const char *unknown)
{
	if (!name(w, t, n, v)) {
		js__put_hex(w, v);
		comment(w, unknown);
	}
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

/* mmap(2)'s flags word (strace's print_mmap_flags). */
static void mmap_flags(struct js__w *w, unsigned int v)
{
	unsigned int huge = v & ((unsigned int)JS_MAP_HUGE_MASK << JS_MAP_HUGE_SHIFT);

	v &= ~huge;
	xval(w, maptype_e, N(maptype_e), v & JS_MAP_TYPE, "MAP_???");
	if (v & ~JS_MAP_TYPE)
		bits(w, map_fl, N(map_fl), v & ~JS_MAP_TYPE, 1, 0, 0);
	if (huge) {
		js__putc(w, '|');
		js__put_udec(w, huge >> JS_MAP_HUGE_SHIFT);
		JS__PUTS(w, "<<MAP_HUGE_SHIFT");
	}
}

/* socket(2)'s type as strace's tprint_sock_type: the type by name, then
 * the flags on their own; a type strace cannot name goes with them, in
 * hex (0xf|SOCK_CLOEXEC prints as SOCK_CLOEXEC|0x10000f). */
static void sock_type(struct js__w *w, unsigned int v)
{
	if (name(w, socktype_e, N(socktype_e), v & 0xf)) {
		v &= ~0xfu;
		if (!v)
			return;
		js__putc(w, '|');
	}
	bits(w, sock_fl, N(sock_fl), v, 0, 0, "SOCK_???");
}

void js__put_flags(struct js__w *w, int k, unsigned long lv)
{
	unsigned int v = (unsigned int)lv;

	switch (k) {
	case K_OFLAGS:
		name(w, acc_e, N(acc_e), v & JS_O_ACCMODE);
		bits(w, open_fl, N(open_fl), v & ~(unsigned int)JS_O_ACCMODE, 1, 0, 0);
		break;
	case K_FDFLAGS: bits(w, open_fl, N(open_fl), v, 0, 0, "O_???"); break;
	/* Modes are octal, as strace shows them outside mknod: 0644. */
	case K_MODE: case K_UMASK: js__put_oct(w, v); break;
	case K_ACCESS: bits(w, access_fl, N(access_fl), v, 0, "F_OK", "?_OK"); break;
	case K_ATFLAGS: case K_RMFLAGS:
		bits(w, at_fl, N(at_fl), v, 0, 0, "AT_???");
		break;
	case K_FACCESSAT2:
		bits(w, faccessat_fl, N(faccessat_fl), v, 0, 0, "AT_???");
		break;
	case K_STATXAT:
		bits(w, statx_sync_fl, N(statx_sync_fl), v & JS_AT_STATX_SYNC_TYPE, 0,
		     "AT_STATX_SYNC_AS_STAT", 0);
		bits(w, at_fl, N(at_fl), v & ~(unsigned int)JS_AT_STATX_SYNC_TYPE, 1, 0, 0);
		break;
	case K_RENAME: bits(w, rename_fl, N(rename_fl), v, 0, 0, "RENAME_??"); break;
	case K_WHENCE: xval(w, whence_e, N(whence_e), v, "SEEK_???"); break;
	case K_FCNTL: xval(w, fcntl_e, N(fcntl_e), v, "F_???"); break;
	case K_FCNTLARG: bits(w, fdfl_fl, N(fdfl_fl), v, 0, 0, "FD_???"); break;
	case K_LEASE: xval(w, js__set_lock, N(js__set_lock), v, "F_???"); break;
	case K_DNOTIFY: bits(w, notify_fl, N(notify_fl), v, 0, 0, "DN_???"); break;
	case K_SEALS: bits(w, js__set_seals, N(js__set_seals), v, 0, 0, "F_SEAL_???"); break;
	case K_PROT: bits(w, prot_fl, N(prot_fl), v, 0, "PROT_NONE", "PROT_???"); break;
	case K_MAPF: mmap_flags(w, v); break;
	case K_AF: xval(w, af_e, N(af_e), v, "AF_???"); break;
	case K_SOCKTYPE: sock_type(w, v); break;
	case K_SOCKFLAGS: bits(w, sock_fl, N(sock_fl), v, 0, 0, "SOCK_???"); break;
	case K_PROTO: xval(w, ipproto_e, N(ipproto_e), v, "IPPROTO_???"); break;
	case K_MSGF: bits(w, msg_fl, N(msg_fl), v, 0, 0, "MSG_???"); break;
	case K_SHUT: xval(w, shut_e, N(shut_e), v, "SHUT_???"); break;
	case K_EPFLAGS: bits(w, epflags_fl, N(epflags_fl), v, 0, 0, "EPOLL_???"); break;
	case K_EPCTL: xval(w, epctl_e, N(epctl_e), v, "EPOLL_CTL_???"); break;
	case K_EPEV: bits(w, epev_fl, N(epev_fl), v, 0, 0, "EPOLL???"); break;
	case K_INFLAGS: bits(w, inflags_fl, N(inflags_fl), v, 0, 0, "IN_???"); break;
	case K_INMASK: bits(w, inmask_fl, N(inmask_fl), v, 0, 0, "IN_???"); break;
	case K_CLONEFL:	/* clone3's: all 64 bits */
		bits(w, js__set_clone, N(js__set_clone), (unsigned long long)lv, 0, 0, "CLONE_???");
		break;
	case K_CLONE: {
		/* The flags (all 64 bits), then |the exit signal. */
		unsigned long long f = (unsigned long long)lv & ~0xffull;
		int any = 0;

		if (f) {
			bits(w, js__set_clone, N(js__set_clone), f, 0, 0, "CLONE_???");
			any = 1;
		}
		if ((lv & 0xff) || !any) {
			sep(w, &any);
			js__put_signame(w, (long)(lv & 0xff));
		}
		break;
	}
	case K_SIG: js__put_signame(w, (int)v); break;
	case K_SIGHOW: xval(w, sighow_e, N(sighow_e), v, "SIG_???"); break;
	case K_WAITOPT: bits(w, wait_fl, N(wait_fl), v, 0, 0, "W???"); break;
	case K_CLOCK: xval(w, clock_e, N(clock_e), v, "CLOCK_???"); break;
	case K_TIMERFLAGS: bits(w, timer_fl, N(timer_fl), v, 0, 0, "TIMER_???"); break;
	case K_GRND: bits(w, grnd_fl, N(grnd_fl), v, 0, 0, "GRND_???"); break;
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
			bits(w, futex2_fl, N(futex2_fl), v, 0, 0, 0);
		}
		break;
	default: js__put_hex(w, lv); break;
	}
}

void js__put_bits(struct js__w *w, const struct js__flag *t, size_t n,
		  unsigned long v, const char *zero)
{
	bits(w, t, n, v, 0, zero, 0);
}

void js__put_bits_unk(struct js__w *w, const struct js__flag *t, size_t n,
		      unsigned long v, const char *zero, const char *unknown)
{
	bits(w, t, n, v, 0, zero, unknown);
}

int js__put_name(struct js__w *w, const struct js__flag *t, size_t n,
		 unsigned long v)
{
	return name(w, t, n, v);
}
