/* Signals: handlers, masks, waiting for signals, the alternate stack and
 * signalfd.  Signal numbers are the kernel's (SIGRTMIN is 32: libjs
 * reserves no real-time signals, unlike glibc, whose SIGRTMIN is 34).
 * Sets are the kernel's 8-byte js_sigset_t; the calls pass its size
 * themselves.  Layouts: siginfo.h (generic) and struct js_sigaction below,
 * whose sa_restorer member exists where arch/<name>/signal.h says so. */
#ifndef LIBJS_SIGNAL_H
#define LIBJS_SIGNAL_H

#include "sys.h"
#include "types.h"
#include "siginfo.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Structures ------------------------------------------------------ */

/* struct sigaction as the kernel reads it in rt_sigaction(2): handler,
 * flags, [restorer,] mask -- glibc's struct sigaction is another layout
 * (its mask comes second and is 128 bytes).  riscv64 has no sa_restorer
 * (JS_SIGACTION_HAS_RESTORER, arch/<name>/signal.h).  The handler has both
 * spellings, glibc's __sigaction_handler union for its sa_handler and
 * sa_sigaction macros and plain anonymous members (see siginfo.h). */
#pragma push_macro("sa_handler")
#pragma push_macro("sa_sigaction")
#undef sa_handler
#undef sa_sigaction
struct js_sigaction {
	__extension__ union {
		union {
			js_sighandler_t sa_handler;
			void (*sa_sigaction)(int, js_siginfo_t *, void *);
		} __sigaction_handler;
		js_sighandler_t sa_handler;
		void (*sa_sigaction)(int, js_siginfo_t *, void *);
	};
	unsigned long sa_flags;
#if JS_SIGACTION_HAS_RESTORER
	void (*sa_restorer)(void);
#endif
	js_sigset_t sa_mask;
};
#pragma pop_macro("sa_handler")
#pragma pop_macro("sa_sigaction")

/* stack_t (asm-generic/signal.h and x86's asm/signal.h agree):
 * sigaltstack(2). */
typedef struct js_sigaltstack {
	void *ss_sp;
	int ss_flags;
	size_t ss_size;
} js_stack_t;

/* struct signalfd_siginfo (linux/signalfd.h): what read(2) on a signalfd
 * returns, 128 bytes per signal. */
struct js_signalfd_siginfo {
	uint32_t ssi_signo;
	int32_t ssi_errno;
	int32_t ssi_code;
	uint32_t ssi_pid;
	uint32_t ssi_uid;
	int32_t ssi_fd;
	uint32_t ssi_tid;
	uint32_t ssi_band;
	uint32_t ssi_overrun;
	uint32_t ssi_trapno;
	int32_t ssi_status;
	int32_t ssi_int;
	uint64_t ssi_ptr;
	uint64_t ssi_utime;
	uint64_t ssi_stime;
	uint64_t ssi_addr;
	uint16_t ssi_addr_lsb;
	uint16_t __pad2;
	int32_t ssi_syscall;
	uint64_t ssi_call_addr;
	uint32_t ssi_arch;
	uint8_t __pad[28];
};

/* ---- Calls ----------------------------------------------------------- */

/* sigaction(2) over rt_sigaction.  Unless act->sa_flags already has
 * JS_SA_RESTORER (then act->sa_restorer is used as given), libjs sets it
 * and points sa_restorer at its own trampoline, which makes rt_sigreturn:
 * a handler simply returns.  act or oldact may be NULL. */
long js_sigaction(int sig, const struct js_sigaction *act,
		  struct js_sigaction *oldact);
/* sigprocmask(2) over rt_sigprocmask; how is JS_SIG_BLOCK/UNBLOCK/SETMASK.
 * Changes the calling thread's mask only. */
long js_sigprocmask(int how, const js_sigset_t *set, js_sigset_t *oldset);
/* sigpending(2) over rt_sigpending. */
long js_sigpending(js_sigset_t *set);
/* sigtimedwait(2) over rt_sigtimedwait: the signal number taken, or
 * -JS_EAGAIN at timeout.  timeout NULL waits forever; info may be NULL. */
long js_sigtimedwait(const js_sigset_t *set, js_siginfo_t *info,
		     const struct js_timespec *timeout);
/* sigsuspend(2) over rt_sigsuspend: always -JS_EINTR once a handler ran. */
long js_sigsuspend(const js_sigset_t *mask);
/* sigaltstack(2). */
long js_sigaltstack(const js_stack_t *ss, js_stack_t *old_ss);
/* signalfd(2) over signalfd4: fd -1 makes a new one; flags
 * JS_SFD_NONBLOCK, JS_SFD_CLOEXEC.  Block the signals first, or they are
 * delivered the usual way instead of being read. */
long js_signalfd(int fd, const js_sigset_t *mask, int flags);

/* ---- Waiting for and queueing signals (issue 14) -------------------- */
/* pause(2): waits until a handler has run; always -JS_EINTR.  aarch64
 * and riscv64 have no pause call: there it is ppoll with no descriptors,
 * no timeout and no mask, which waits and returns the same way (as
 * glibc's pause does there). */
long js_pause(void);
/* rt_sigqueueinfo(2): sig with the caller's *info to process tgid.  The
 * kernel refuses (-JS_EPERM) an info whose si_code says it came from the
 * kernel (>= 0, or SI_TKILL) unless sent to oneself; use JS_SI_QUEUE. */
long js_rt_sigqueueinfo(int tgid, int sig, js_siginfo_t *info);
/* rt_tgsigqueueinfo(2): the same to thread tid of tgid. */
long js_rt_tgsigqueueinfo(int tgid, int tid, int sig, js_siginfo_t *info);
/* ---- end of waiting for and queueing signals ------------------------- */

/* Set helpers, sigsetops(3), over the kernel's 64 signals: 0 on success,
 * -JS_EINVAL for a signal outside 1..64, -JS_EFAULT for a NULL set.
 * js_sigismember gives 1 or 0. */
long js_sigemptyset(js_sigset_t *set);
long js_sigfillset(js_sigset_t *set);
long js_sigaddset(js_sigset_t *set, int sig);
long js_sigdelset(js_sigset_t *set, int sig);
long js_sigismember(const js_sigset_t *set, int sig);

/* ---- Constants (asm-generic/signal.h, asm-generic/signal-defs.h,
 *      asm-generic/siginfo.h, linux/signalfd.h) ----------------------- */

#define JS_SIGHUP    1
#define JS_SIGINT    2
#define JS_SIGQUIT   3
#define JS_SIGILL    4
#define JS_SIGTRAP   5
#define JS_SIGABRT   6
#define JS_SIGIOT    6
#define JS_SIGBUS    7
#define JS_SIGFPE    8
#define JS_SIGKILL   9
#define JS_SIGUSR1   10
#define JS_SIGSEGV   11
#define JS_SIGUSR2   12
#define JS_SIGPIPE   13
#define JS_SIGALRM   14
#define JS_SIGTERM   15
#define JS_SIGSTKFLT 16
#define JS_SIGCHLD   17
#define JS_SIGCONT   18
#define JS_SIGSTOP   19
#define JS_SIGTSTP   20
#define JS_SIGTTIN   21
#define JS_SIGTTOU   22
#define JS_SIGURG    23
#define JS_SIGXCPU   24
#define JS_SIGXFSZ   25
#define JS_SIGVTALRM 26
#define JS_SIGPROF   27
#define JS_SIGWINCH  28
#define JS_SIGIO     29
#define JS_SIGPOLL   JS_SIGIO
#define JS_SIGPWR    30
#define JS_SIGSYS    31
#define JS_SIGRTMIN  32
#define JS_SIGRTMAX  64
#define JS_NSIG      64

#define JS_SIG_DFL ((js_sighandler_t)0)
#define JS_SIG_IGN ((js_sighandler_t)1)
#define JS_SIG_ERR ((js_sighandler_t)-1)

#define JS_SIG_BLOCK   0
#define JS_SIG_UNBLOCK 1
#define JS_SIG_SETMASK 2

/* sa_flags; JS_SA_RESTORER is per architecture (arch/<name>/signal.h). */
#define JS_SA_NOCLDSTOP      0x00000001
#define JS_SA_NOCLDWAIT      0x00000002
#define JS_SA_SIGINFO        0x00000004
#define JS_SA_UNSUPPORTED    0x00000400
#define JS_SA_EXPOSE_TAGBITS 0x00000800
#define JS_SA_ONSTACK        0x08000000
#define JS_SA_RESTART        0x10000000
#define JS_SA_NODEFER        0x40000000
#define JS_SA_RESETHAND      0x80000000
#define JS_SA_NOMASK         JS_SA_NODEFER
#define JS_SA_ONESHOT        JS_SA_RESETHAND

/* sigaltstack(2) ss_flags */
#define JS_SS_ONSTACK    1
#define JS_SS_DISABLE    2
#define JS_SS_AUTODISARM (1U << 31)

/* si_code values */
#define JS_SI_USER     0
#define JS_SI_KERNEL   0x80
#define JS_SI_QUEUE    (-1)
#define JS_SI_TIMER    (-2)
#define JS_SI_MESGQ    (-3)
#define JS_SI_ASYNCIO  (-4)
#define JS_SI_SIGIO    (-5)
#define JS_SI_TKILL    (-6)
#define JS_CLD_EXITED    1
#define JS_CLD_KILLED    2
#define JS_CLD_DUMPED    3
#define JS_CLD_TRAPPED   4
#define JS_CLD_STOPPED   5
#define JS_CLD_CONTINUED 6
#define JS_SEGV_MAPERR 1
#define JS_SEGV_ACCERR 2

/* signalfd(2) flags: O_CLOEXEC and O_NONBLOCK's values. */
#define JS_SFD_CLOEXEC  02000000
#define JS_SFD_NONBLOCK 00004000

/* ==== Every-syscall issue, residual calls (coverage branch) ========== */
/* restart_syscall(2): what the kernel itself arranges for a sleep
 * (nanosleep, clock_nanosleep, poll, futex waits) interrupted by a signal
 * handler and restartable: on return from the handler it enters this call
 * with the time left stored in the thread.  A program never needs to call
 * it: with nothing to restart it is -JS_EINTR. */
long js_restart_syscall(void);
/* ==== end of the coverage branch's block ============================== */


#ifdef __cplusplus
}
#endif

#endif
