/* Internals of the tracer (include/libjs/trace.h): argument kinds, the
 * per-call description table, flag sets and the line writer. */
#ifndef LIBJS_SRC_TRACE_H
#define LIBJS_SRC_TRACE_H

#include <stddef.h>
#include <libjs/trace.h>
#include <libjs/events.h>
#include "../internal.h"

/* How an argument is shown.  Kinds marked "len next" take their length
 * from the following argument, which makes the call `short`-injectable. */
enum {
	K_NONE,
	K_INT, K_UINT, K_LONG, K_ULONG, K_HEX, K_PTR,
	K_DIRFD,	/* int, AT_FDCWD by name */
	K_STR,		/* NUL-terminated string read before the call (a path) */
	K_IBUF,		/* in-buffer, len next: shown cut at 32 bytes */
	K_OBUF,		/* out-buffer, len next: shown after, ret bytes */
	K_OBUFX,	/* out-buffer, len next, every byte in hex (getrandom) */
	K_OBUFP,	/* out-buffer, len next, shown as a pointer (getdents64) */
	K_OSTR,		/* out string, shown after the call (getcwd) */
	K_OFDS,		/* int[2] filled by the call (pipe2, socketpair) */
	K_IOVIN, K_IOVOUT,	/* struct iovec array, count next */
	K_OFLAGS,	/* open flags with access mode */
	K_OMODE,	/* mode, shown only with O_CREAT or O_TMPFILE before it */
	K_FDFLAGS,	/* O_CLOEXEC|O_NONBLOCK|O_DIRECT (pipe2, dup3) */
	K_MODE, K_UMASK, K_ACCESS,
	K_ATFLAGS, K_RMFLAGS, K_RENAME,
	K_FACCESSAT2,	/* faccessat2's flags (AT_EACCESS by name) */
	K_STATXAT,	/* statx's flags: the sync type, then the AT_ flags */
	K_WHENCE, K_FCNTL, K_FCNTLARG,
	K_LEASE, K_DNOTIFY, K_SEALS,	/* F_SETLEASE's, F_NOTIFY's, F_ADD_SEALS' argument */
	K_PROT, K_MAPF,
	K_AF, K_SOCKTYPE, K_SOCKFLAGS, K_PROTO, K_MSGF, K_SHUT, K_SOCKADDR,
	K_EPFLAGS, K_EPCTL, K_EPEV,
	K_INFLAGS, K_INMASK,
	K_CLONE, K_CLONEFL, K_SIG, K_SIGHOW, K_WAITOPT,
	K_CLOCK, K_TIMERFLAGS, K_TIMESPEC, K_GRND,
	K_FUTEXOP,	/* futex(2)'s operation */
	K_FUTEXARG,	/* futex(2)'s arguments 2-5: shown as the operation says */
	K_FUTEXWAKEOP,	/* FUTEX_WAKE_OP's val3, JS_FUTEX_OP()'s fields */
	K_FUTEXBITSET,	/* val3 of the *_BITSET operations */
	K_FUTEX2,	/* futex2 flags (struct futex_waitv's flags) */
	K_FUTEXWAITV,	/* struct futex_waitv array, count next */
};

/* How the result is shown, low bits. */
enum { R_DEC, R_HEX, R_OCT, R_NONE, R_FCNTL };
/* Or'ed into ret by the generic rows: their strings are read with
 * process_vm_readv even after success, since a generated row cannot know
 * whether the kernel really read every string it was given. */
#define R_SAFE 0x80
#define R_KIND(r) ((r) & 0x7f)

struct js__sc {
	unsigned char n;	/* number of arguments */
	unsigned char ret;	/* R_* */
	unsigned char k[6];	/* K_* per argument */
};

/* The name of call nr and its length, 0 for an unknown nr.  The names
 * are followed by at least 8 readable bytes, so a copy may move whole
 * 8-byte words. */
JS__HIDDEN const char *js__sc_name(long nr, size_t *len);

/* The description of call nr; a row of hex arguments for an unknown nr. */
JS__HIDDEN const struct js__sc *js__sc_desc(long nr);
/* The index of the length argument a `short` rule halves, or -1. */
JS__HIDDEN int js__sc_len_arg(long nr);
/* Whether nr may return 0 in a new process (fork, vfork, clone, clone3). */
JS__HIDDEN int js__sc_forks(long nr);

/* A bounded line under construction (never overflows, always leaves room
 * for the closing "\n\0"). */
struct js__w {
	char *p, *end;
};
JS__HIDDEN void js__put(struct js__w *w, const char *s);
JS__HIDDEN void js__putc(struct js__w *w, char c);
/* n bytes of s, or as many as fit. */
JS__HIDDEN void js__put_cut(struct js__w *w, const char *s, size_t n);
/* The same, inline: with n a constant (JS__PUTS) the copy is a few moves,
 * which is what every fixed piece of a trace line wants. */
static inline void js__put_n(struct js__w *w, const char *s, size_t n)
{
	if (n <= (size_t)(w->end - w->p)) {
		__builtin_memcpy(w->p, s, n);
		w->p += n;
	} else {
		js__put_cut(w, s, n);
	}
}
#define JS__PUTS(w, lit) js__put_n(w, "" lit, sizeof(lit) - 1)
JS__HIDDEN void js__put_dec(struct js__w *w, long v);
JS__HIDDEN void js__put_udec(struct js__w *w, unsigned long v);
JS__HIDDEN void js__put_hex(struct js__w *w, unsigned long v);	/* 0 or 0x.. */
JS__HIDDEN void js__put_oct(struct js__w *w, unsigned long v);	/* as %#03lo */
/* strace's quoting of n bytes of s (string_quote): \n \t \" \\ ..., octal
 * for the rest; with more & 1, `...` after the closing quote. */
JS__HIDDEN void js__put_quoted(struct js__w *w, const unsigned char *s,
			       size_t n, int more);
#define JS__QHEX 2	/* or'ed into more: every byte as \xHH */
/* The quoting alone, no quotes, of s[0..n), one of the pieces of a
 * longer string: s[n..avail) is looked at, not quoted (the octal rule
 * looks one byte ahead); hex as JS__QHEX. */
JS__HIDDEN void js__put_qpart(struct js__w *w, const unsigned char *s,
			      size_t n, size_t avail, int hex);

/* A named constant of a set (flag bits or an enumeration), strace's
 * spelling.  Sets are arrays of these in strace's order, written with
 * JS__FLAG(X), the row for the public constant JS_X named "X": the value
 * is written once, in the public header the layout tests check against
 * the kernel's and glibc's.  Names sit in char arrays inside the rows: no
 * pointers to relocate. */
struct js__flag {
	unsigned long long v;	/* 64 bits: clone3's flags go above bit 31 */
	unsigned char len;	/* of n, so that a name is copied unscanned */
	char n[25];
};
#define JS__FLAG(name) { JS_##name, sizeof(#name) - 1, #name }
#define JS__NELEM(t) (sizeof(t) / sizeof((t)[0]))
/* The names of v's bits in set t (n rows), '|'-separated in t's order,
 * what is left over in hex; zero (or "0") when v is 0. */
JS__HIDDEN void js__put_bits(struct js__w *w, const struct js__flag *t,
			     size_t n, unsigned long v, const char *zero);
/* The same with strace's comment for a value none of whose bits has a
 * name: 0x8 with unknown "O_???" prints as 0x8 and a C comment holding
 * O_???; a remainder after named bits has none (O_CLOEXEC|0x8), as
 * strace prints them. */
JS__HIDDEN void js__put_bits_unk(struct js__w *w, const struct js__flag *t,
				 size_t n, unsigned long v, const char *zero,
				 const char *unknown);
/* The name of v in t; returns 0 (writing nothing) when it has none. */
JS__HIDDEN int js__put_name(struct js__w *w, const struct js__flag *t,
			    size_t n, unsigned long v);
/* The sets that decoders print piece by piece, each defined once in
 * flags.c (the others are printed whole through js__put_flags' K_*
 * kinds): JS__SET(x) is set x's rows and their count, as js__put_bits,
 * js__put_name and js__put_xval take them. */
#define JS__SET(s) js__set_##s, js__set_##s##_n
#define JS__SET_DECL(s) \
	JS__HIDDEN extern const struct js__flag js__set_##s[]; \
	JS__HIDDEN extern const size_t js__set_##s##_n
JS__SET_DECL(clone);	/* clone(2)'s flags above the exit signal */
JS__SET_DECL(sig);	/* signals 1-31 and SIGRTMIN */
JS__SET_DECL(lock);	/* F_RDLCK, F_WRLCK, F_UNLCK */
JS__SET_DECL(seals);	/* F_SEAL_* */

/* Symbolic names for argument kinds that are flags or enumerations; the
 * value of kind k printed as strace prints it.  Unknown bits in hex. */
JS__HIDDEN void js__put_flags(struct js__w *w, int k, unsigned long v);

/* A struct timespec at p ({tv_sec=.., tv_nsec=..}, NULL, or the address
 * when it cannot be read); safe as for js__fetch. */
JS__HIDDEN void js__put_timespec(struct js__w *w, long p, int safe);
/* A time's value: {tv_sec=S, tv_nsec=F}, or tv_usec with usec. */
JS__HIDDEN void js__put_time(struct js__w *w, long sec, long frac, int usec);
/* futex(2) argument i (2..5) of the call with arguments a, as strace
 * shows it for a[1]'s operation; 0 when that operation has no such
 * argument (it is left out).  futex_waitv(2)'s array of n waiters at p.
 * Both in futex.c. */
JS__HIDDEN int js__put_futex_arg(struct js__w *w, const long a[6], int i, int safe);
JS__HIDDEN void js__put_futex_waitv(struct js__w *w, long p, unsigned int n, int safe);

/* Copy n bytes of the traced program's memory at src (fetch.c): never
 * faults, whatever src is (process_vm_readv on the process itself, or
 * page probes where the kernel lacks it).  Returns the bytes copied, from
 * the start: fewer than n where src runs into memory that cannot be read.
 * safe is ignored (every read is safe); it stays for the decoders' calls. */
JS__HIDDEN size_t js__fetch(void *dst, const void *src, size_t n, int safe);
/* Several ranges in one system call (an argument's iovec buffers, say):
 * returns how many parts, from the first, were copied whole. */
struct js__part {
	void *dst;
	const void *src;
	size_t n;
};
#define JS__FETCH_MAX 32
JS__HIDDEN size_t js__fetchv(const struct js__part *part, size_t n);
/* The traced process's id for process_vm_readv: kept current by the
 * hook for every line (hook.c), 0 when unknown. */
JS__HIDDEN extern int js__self_pid;

/* strace -s 32: data buffers are cut here. */
#define STRMAX 32
/* Paths are shown whole up to PATH_MAX - 1 bytes (linux/limits.h: a
 * path the kernel accepts, NUL included, fits PATH_MAX), as strace
 * shows them; a longer string gets "..." after those. */
#define PATHMAX 4095
/* Arrays (iovecs) are shown up to this many elements, then "...": strace
 * -s 32 caps arrays at the string limit. */
#define IOVMAX 32

/* One call being formatted: its arguments, result, and whether the
 * memory it points at must be fetched safely. */
struct js__ctx {
	struct js__w *w;
	const long *a;
	long ret;
	int failed;	/* the kernel may not have touched the memory */
	int safe;	/* read strings safely even after success */
	long nr;
	int injected;	/* the call was not made: a fault rule answered */
	long pre;	/* js__dec_pre's int (pp->v), or JS__NOPRE */
	const struct js__pre *pp;	/* all js__dec_pre read, or NULL */
};

/* Argument printers shared by the generic rows and the domain decoders
 * (format.c, dec_net.c). */
JS__HIDDEN void js__put_ptr(struct js__w *w, long p);	/* NULL or 0x.. */
JS__HIDDEN void js__put_path(struct js__ctx *c, long p);
JS__HIDDEN void js__put_data(struct js__ctx *c, long p, unsigned long len,
			     int safe, int hex);
JS__HIDDEN void js__put_iovs(struct js__ctx *c, long p, long cnt, int out);
JS__HIDDEN void js__put_sockaddr(struct js__ctx *c, long p, long len);
/* " = " and the result c->ret shown as kind (R_*) says, or as an error. */
JS__HIDDEN void js__put_result(struct js__ctx *c, int kind);

/* js_trace_format's work, for the hook (which keeps js__self_pid
 * current itself).  A line that filled buf (length size - 1) may have
 * lost its tail: the hook formats it again in a larger buffer. */
JS__HIDDEN size_t js__format(char *buf, size_t size, long nr, const long a[6],
			     long ret, int mark);

/* The domain decoders (dec_<domain>.c): each writes the arguments of the
 * calls it knows, as strace does, and returns JS__DEC_ARGS (the generic
 * ")" and result follow) or JS__DEC_ALL (it wrote the ")" and the
 * result too, js__put_result or its own); 0 for a
 * call it does not decode, which then goes by its row in table.c.
 *   fs:   files, directories, metadata, mounts;
 *   net:  sockets, addresses, messages;
 *   proc: processes, signals, memory, resources;
 *   misc: time, events (epoll, poll, inotify, eventfd, timerfd, signalfd),
 *         IPC, AIO and the rest. */
#define JS__DEC_ARGS 1
#define JS__DEC_ALL 2
JS__HIDDEN int js__dec_fs(struct js__ctx *c);
JS__HIDDEN int js__dec_net(struct js__ctx *c);
JS__HIDDEN int js__dec_proc(struct js__ctx *c);
JS__HIDDEN int js__dec_misc(struct js__ctx *c);
/* Those four asked in turn, as format.c does the first time it sees a
 * number: the result, and in *which 1 + the index of the decoder that
 * claimed the call, or 0xff when none did (for the dispatch test). */
JS__HIDDEN int js__dec_claim(struct js__ctx *c, int *which);

/* ---- tdec2: values from before the call ---------------------------------
 * Some arguments are in/out: the kernel overwrites the length a program
 * passed (getsockname's *addrlen, getsockopt's *optlen, recvmsg's
 * msg_namelen), and strace shows both, "[128 => 16]".  The hook asks
 * js__dec_pre before the call for the value the line will need (read
 * with js__fetch, never faulting) and hands it to the formatter;
 * JS__NOPRE when the call needs none or it could not be read (the line
 * then shows the value after the call alone). */
#define JS__NOPRE (-0x7fffffffffffffffL - 1)
/* select and pselect6 overwrite their fd sets and (as ppoll does) their
 * timeout; strace shows them as passed in, so they are kept too (have:
 * which were read). */
struct js__pre {
	long v;			/* the in/out int, or JS__NOPRE */
	unsigned int have;	/* JS__PRE_SET(i): fds[i]; JS__PRE_TIME: t */
	long t[2];		/* timeval or timespec, as passed */
	unsigned long fds[3][JS_FD_SETSIZE / JS__NFDBITS];	/* in, out, except */
};
#define JS__PRE_SET(i) (1u << (i))
#define JS__PRE_TIME 8u
JS__HIDDEN void js__dec_pre(long nr, const long a[6], struct js__pre *p);
/* select's, pselect6's and ppoll's part of it (dec_events.c). */
JS__HIDDEN void js__dec_pre_events(long nr, const long a[6], struct js__pre *p);
/* js_trace_format with what js__dec_pre read (NULL: nothing). */
JS__HIDDEN size_t js__trace_format_pre(char *buf, size_t size, long nr,
				       const long a[6], long ret, int mark,
				       const struct js__pre *pre);
/* The decoders split out of dec_proc.c: signals (dec_signal.c), memory
 * (dec_mem.c).  Same contract as js__dec_proc. */
JS__HIDDEN int js__dec_signal(struct js__ctx *c);
JS__HIDDEN int js__dec_mem(struct js__ctx *c);
/* A sigset of n bytes at p as strace shows it ([INT TERM], ~[RTMIN]). */
JS__HIDDEN void js__put_sigset(struct js__ctx *c, long p, unsigned long n);
/* A siginfo_t at p as strace shows it ({si_signo=SIGCHLD, ...}). */
JS__HIDDEN void js__put_siginfo(struct js__ctx *c, long p);
/* A signal number as strace names it (SIGINT, SIGRT_2, 65). */
JS__HIDDEN void js__put_signame(struct js__w *w, long sig);
/* Shared by the tdec2 decoders (dec_util.c). */
JS__HIDDEN void js__put_xval(struct js__w *w, const struct js__flag *t, size_t n,
			     unsigned long v, const char *unknown);
JS__HIDDEN long js__at(long p, unsigned long off);
JS__HIDDEN int js__get(long p, void *v, size_t n);
JS__HIDDEN int js__get_int(long p, int *v);
JS__HIDDEN void js__put_inout(struct js__ctx *c, int ulen, int rlen, int changed);
JS__HIDDEN int js__pre_int(struct js__ctx *c, long p, int *v);
JS__HIDDEN void js__put_outint(struct js__ctx *c, long p, int sig);
JS__HIDDEN void js__put_path_safe(struct js__ctx *c, long p);
/* struct rusage as strace abbreviates it (dec_proc.c). */
JS__HIDDEN void js__put_rusage(struct js__ctx *c, long p);
/* More decoders split by job: socket options and messages (dec_msg.c),
 * limits, usage and names (dec_res.c), prctl and capabilities
 * (dec_prctl.c). */
JS__HIDDEN int js__dec_msg(struct js__ctx *c);
JS__HIDDEN int js__dec_res(struct js__ctx *c);
JS__HIDDEN int js__dec_prctl(struct js__ctx *c);
/* ---- end of tdec2 ---- */

/* ---- tdec1: helpers shared by the fs and misc decoders (dec_common.c,
 * dec_fs*.c, dec_time.c, dec_events.c, dec_misc.c) ---- */
JS__HIDDEN void js__put_sep(struct js__w *w);		/* ", " */
JS__HIDDEN void js__put_dirfd(struct js__w *w, long fd);	/* AT_FDCWD or the fd */
/* strace's print_symbolic_mode_t: S_IFREG|S_ISUID|0755, or octal. */
JS__HIDDEN void js__put_smode(struct js__w *w, unsigned int mode);
/* A kernel dev_t (new_encode_dev) as strace shows it: makedev(0x1, 0x3). */
JS__HIDDEN void js__put_kdev(struct js__w *w, unsigned long dev);
/* The same for a set with names longer than a struct js__flag holds:
 * struct js__lflag rows, written JS__LFLAG(X). */
struct js__lflag {
	unsigned int v;
	const char *n;
};
#define JS__LFLAG(name) { JS_##name, #name }
JS__HIDDEN void js__put_lflags(struct js__w *w, const struct js__lflag *t,
			       size_t n, unsigned long v, const char *unknown);
/* " / * 1970-01-01T00:00:01.000000002+0000 * /" after a time in seconds,
 * with frac of digits (9: ns, 6: us, 0: none) when non-zero. */
JS__HIDDEN void js__put_datecomment(struct js__w *w, long sec, long frac,
				    int digits);
/* struct timeval at p: {tv_sec=1, tv_usec=2}, NULL or the address. */
JS__HIDDEN void js__put_timeval(struct js__ctx *c, long p);
/* struct sigevent at p as strace shows it (dec_time.c). */
JS__HIDDEN void js__put_sigevent(struct js__ctx *c, long p);
/* The fs and misc decoders' second files. */
JS__HIDDEN int js__dec_fs_io(struct js__ctx *c);
JS__HIDDEN int js__dec_fs_more(struct js__ctx *c);
JS__HIDDEN int js__dec_mount(struct js__ctx *c);
JS__HIDDEN int js__dec_ioctl(struct js__ctx *c);
JS__HIDDEN int js__dec_time(struct js__ctx *c);
JS__HIDDEN int js__dec_events(struct js__ctx *c);
JS__HIDDEN int js__dec_ipc(struct js__ctx *c);
JS__HIDDEN int js__dec_sched(struct js__ctx *c);
/* ---- end tdec1 ---- */

/* The fault rules (fault.c), branch tfault.  This call of nr, counted
 * in the calling thread's copy of nr's rule: 0 (let it through), or the
 * rule's action (JS_FAULT_DO_*) with *value its error or return value. */
JS__HIDDEN int js__fault_check(long nr, long *value);
/* After a forking call returned 0 in the child: a new process starts its
 * counts from the rules (strace counts per task). */
JS__HIDDEN void js__fault_forked(long nr, const long a[6]);
/* execve / execveat nr made with a[] but with an environment whose
 * LIBJS_FAULT carries the calling thread's counts (js__fault_env). */
JS__HIDDEN long js__fault_exec(long nr, const long a[6]);
/* "LIBJS_FAULT=<rules>" into buf: every rule that can still inject, its
 * when rewritten so that a count starting again at 1 selects the calls
 * this thread's count would.  Returns the length, 0 if it did not fit. */
JS__HIDDEN size_t js__fault_env(char *buf, size_t size);
/* Why no rule may name nr (a call the hook never sees), or NULL. */
JS__HIDDEN const char *js__fault_refused(long nr);
/* js_fault_parse that also points at the first bad entry (*bad, *badlen)
 * and says what is wrong with it (*why). */
JS__HIDDEN long js__fault_parse(const char *spec, const char **bad,
				size_t *badlen, const char **why);
JS__HIDDEN int js__fault_any(void);
JS__HIDDEN void js__trace_update(void);

/* Non-libc string helpers. */
JS__HIDDEN int js__streq(const char *a, const char *b);

#endif
