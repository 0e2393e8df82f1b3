/* Process and signal layouts and constants against the kernel's own UAPI
 * headers (linux-libc-dev): the structs the kernel reads and writes
 * directly (sigaction, siginfo, stack_t, signalfd_siginfo, clone_args,
 * rusage, rlimit64, new_utsname, timezone).  No glibc headers here: the
 * two sets conflict (test_proc_layout_glibc.c has glibc's side). */
#include <linux/signal.h>
#include <asm/signal.h>
#include <asm/siginfo.h>
#include <linux/resource.h>
#include <linux/sched.h>
#include <linux/signalfd.h>
#include <linux/utsname.h>
#include <linux/reboot.h>
#include <linux/time.h>
#include <linux/wait.h>
#include <linux/mount.h>
#include <linux/prctl.h>
#include <linux/random.h>
#include <linux/pidfd.h>
#include "layout.h"

/* Kernel spellings of the siginfo members, taken before libjs's header
 * comes in (the macros would otherwise also apply to libjs's names). */
#define K_OFF(m) ((long)offsetof(siginfo_t, m))
static const long k_si[] = {
	K_OFF(si_pid), K_OFF(si_uid), K_OFF(si_tid), K_OFF(si_overrun),
	K_OFF(si_status), K_OFF(si_utime), K_OFF(si_stime), K_OFF(si_value),
	K_OFF(si_int), K_OFF(si_ptr), K_OFF(si_addr), K_OFF(si_addr_lsb),
	K_OFF(si_lower), K_OFF(si_upper), K_OFF(si_pkey), K_OFF(si_band),
	K_OFF(si_fd), K_OFF(si_call_addr), K_OFF(si_syscall), K_OFF(si_arch),
};
static const long k_sa_handler = (long)offsetof(struct sigaction, sa_handler);
#undef si_pid
#undef si_uid
#undef si_tid
#undef si_overrun
#undef si_status
#undef si_utime
#undef si_stime
#undef si_value
#undef si_int
#undef si_ptr
#undef si_addr
#undef si_addr_lsb
#undef si_lower
#undef si_upper
#undef si_pkey
#undef si_band
#undef si_fd
#undef si_call_addr
#undef si_syscall
#undef si_arch
#undef sa_handler
#undef sa_sigaction

#include <libjs/libjs.h>

#define J_OFF(m) ((long)offsetof(js_siginfo_t, m))
/* libjs's plain names, in the order of k_si */
static const long j_si[] = {
	J_OFF(si_pid), J_OFF(si_uid), J_OFF(si_timerid), J_OFF(si_overrun),
	J_OFF(si_status), J_OFF(si_utime), J_OFF(si_stime), J_OFF(si_value),
	J_OFF(si_int), J_OFF(si_ptr), J_OFF(si_addr), J_OFF(si_addr_lsb),
	J_OFF(si_lower), J_OFF(si_upper), J_OFF(si_pkey), J_OFF(si_band),
	J_OFF(si_fd), J_OFF(si_call_addr), J_OFF(si_syscall), J_OFF(si_arch),
};
/* and glibc's spelling through _sifields, in the same order */
static const long g_si[] = {
	J_OFF(_sifields._kill.si_pid), J_OFF(_sifields._kill.si_uid),
	J_OFF(_sifields._timer.si_tid), J_OFF(_sifields._timer.si_overrun),
	J_OFF(_sifields._sigchld.si_status), J_OFF(_sifields._sigchld.si_utime),
	J_OFF(_sifields._sigchld.si_stime), J_OFF(_sifields._rt.si_sigval),
	J_OFF(_sifields._rt.si_sigval.sival_int), J_OFF(_sifields._rt.si_sigval.sival_ptr),
	J_OFF(_sifields._sigfault.si_addr), J_OFF(_sifields._sigfault.si_addr_lsb),
	J_OFF(_sifields._sigfault._bounds._addr_bnd._lower),
	J_OFF(_sifields._sigfault._bounds._addr_bnd._upper),
	J_OFF(_sifields._sigfault._bounds._pkey), J_OFF(_sifields._sigpoll.si_band),
	J_OFF(_sifields._sigpoll.si_fd), J_OFF(_sifields._sigsys._call_addr),
	J_OFF(_sifields._sigsys._syscall), J_OFF(_sifields._sigsys._arch),
};

static void siginfo_every_member(void **state)
{
	(void)state;
	assert_int_equal(sizeof(js_siginfo_t), sizeof(siginfo_t));
	assert_int_equal(sizeof(js_siginfo_t), 128);
	assert_int_equal(_Alignof(js_siginfo_t), _Alignof(siginfo_t));
	assert_int_equal(offsetof(js_siginfo_t, si_signo), offsetof(siginfo_t, si_signo));
	assert_int_equal(offsetof(js_siginfo_t, si_errno), offsetof(siginfo_t, si_errno));
	assert_int_equal(offsetof(js_siginfo_t, si_code), offsetof(siginfo_t, si_code));
	for (size_t i = 0; i < ARRAY_LEN(k_si); i++) {
		if (j_si[i] != k_si[i] || g_si[i] != k_si[i])
			print_error("siginfo member %zu: plain %ld, glibc-form %ld, kernel %ld\n",
				    i, j_si[i], g_si[i], k_si[i]);
		assert_int_equal(j_si[i], k_si[i]);
		assert_int_equal(g_si[i], k_si[i]);
	}
}

static void structs(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		/* asm/signal.h, x86_64 branch: handler, flags, restorer, mask */
		LAYOUT_SIZE(js_sigaction, sigaction),
		{ "js_sigaction.sa_handler", (long)offsetof(struct js_sigaction, sa_handler), k_sa_handler },
		{ "js_sigaction.__sigaction_handler", (long)offsetof(struct js_sigaction, __sigaction_handler), k_sa_handler },
		{ "js_sigaction.sa_sigaction", (long)offsetof(struct js_sigaction, sa_sigaction), k_sa_handler },
		LAYOUT_FIELD(js_sigaction, sigaction, sa_flags),
		LAYOUT_FIELD(js_sigaction, sigaction, sa_restorer),
		LAYOUT_FIELD(js_sigaction, sigaction, sa_mask),
		{ "sizeof js_sigset_t", (long)sizeof(js_sigset_t), (long)sizeof(sigset_t) },
		LAYOUT_SIZE(js_sigaltstack, sigaltstack),
		LAYOUT_FIELD(js_sigaltstack, sigaltstack, ss_sp),
		LAYOUT_FIELD(js_sigaltstack, sigaltstack, ss_flags),
		LAYOUT_FIELD(js_sigaltstack, sigaltstack, ss_size),
		LAYOUT_SIZE(js_signalfd_siginfo, signalfd_siginfo),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_signo),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_errno),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_code),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_pid),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_uid),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_fd),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_tid),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_band),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_overrun),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_trapno),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_status),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_int),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_ptr),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_utime),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_stime),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_addr),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_addr_lsb),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_syscall),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_call_addr),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_arch),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, __pad),
		/* linux/sched.h */
		LAYOUT_SIZE(js_clone_args, clone_args),
		LAYOUT_FIELD(js_clone_args, clone_args, flags),
		LAYOUT_FIELD(js_clone_args, clone_args, pidfd),
		LAYOUT_FIELD(js_clone_args, clone_args, child_tid),
		LAYOUT_FIELD(js_clone_args, clone_args, parent_tid),
		LAYOUT_FIELD(js_clone_args, clone_args, exit_signal),
		LAYOUT_FIELD(js_clone_args, clone_args, stack),
		LAYOUT_FIELD(js_clone_args, clone_args, stack_size),
		LAYOUT_FIELD(js_clone_args, clone_args, tls),
		LAYOUT_FIELD(js_clone_args, clone_args, set_tid),
		LAYOUT_FIELD(js_clone_args, clone_args, set_tid_size),
		LAYOUT_FIELD(js_clone_args, clone_args, cgroup),
		LAYOUT_ALIGN(js_clone_args, clone_args),
		/* linux/resource.h */
		LAYOUT_SIZE(js_rusage, rusage),
		LAYOUT_FIELD(js_rusage, rusage, ru_utime),
		LAYOUT_FIELD(js_rusage, rusage, ru_stime),
		LAYOUT_FIELD(js_rusage, rusage, ru_maxrss),
		LAYOUT_FIELD(js_rusage, rusage, ru_ixrss),
		LAYOUT_FIELD(js_rusage, rusage, ru_idrss),
		LAYOUT_FIELD(js_rusage, rusage, ru_isrss),
		LAYOUT_FIELD(js_rusage, rusage, ru_minflt),
		LAYOUT_FIELD(js_rusage, rusage, ru_majflt),
		LAYOUT_FIELD(js_rusage, rusage, ru_nswap),
		LAYOUT_FIELD(js_rusage, rusage, ru_inblock),
		LAYOUT_FIELD(js_rusage, rusage, ru_oublock),
		LAYOUT_FIELD(js_rusage, rusage, ru_msgsnd),
		LAYOUT_FIELD(js_rusage, rusage, ru_msgrcv),
		LAYOUT_FIELD(js_rusage, rusage, ru_nsignals),
		LAYOUT_FIELD(js_rusage, rusage, ru_nvcsw),
		LAYOUT_FIELD(js_rusage, rusage, ru_nivcsw),
		LAYOUT_SIZE(js_rlimit, rlimit64),
		LAYOUT_FIELD(js_rlimit, rlimit64, rlim_cur),
		LAYOUT_FIELD(js_rlimit, rlimit64, rlim_max),
		LAYOUT_SIZE(js_rlimit, rlimit),
		/* linux/utsname.h */
		LAYOUT_SIZE(js_utsname, new_utsname),
		LAYOUT_FIELD(js_utsname, new_utsname, sysname),
		LAYOUT_FIELD(js_utsname, new_utsname, nodename),
		LAYOUT_FIELD(js_utsname, new_utsname, release),
		LAYOUT_FIELD(js_utsname, new_utsname, version),
		LAYOUT_FIELD(js_utsname, new_utsname, machine),
		LAYOUT_FIELD(js_utsname, new_utsname, domainname),
		/* linux/time.h */
		LAYOUT_SIZE(js_timezone, timezone),
		LAYOUT_FIELD(js_timezone, timezone, tz_minuteswest),
		LAYOUT_FIELD(js_timezone, timezone, tz_dsttime),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

static void constants(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		/* asm/signal.h */
		CONST_ROW(JS_SIGHUP, SIGHUP), CONST_ROW(JS_SIGINT, SIGINT),
		CONST_ROW(JS_SIGQUIT, SIGQUIT), CONST_ROW(JS_SIGILL, SIGILL),
		CONST_ROW(JS_SIGTRAP, SIGTRAP), CONST_ROW(JS_SIGABRT, SIGABRT),
		CONST_ROW(JS_SIGIOT, SIGIOT), CONST_ROW(JS_SIGBUS, SIGBUS),
		CONST_ROW(JS_SIGFPE, SIGFPE), CONST_ROW(JS_SIGKILL, SIGKILL),
		CONST_ROW(JS_SIGUSR1, SIGUSR1), CONST_ROW(JS_SIGSEGV, SIGSEGV),
		CONST_ROW(JS_SIGUSR2, SIGUSR2), CONST_ROW(JS_SIGPIPE, SIGPIPE),
		CONST_ROW(JS_SIGALRM, SIGALRM), CONST_ROW(JS_SIGTERM, SIGTERM),
		CONST_ROW(JS_SIGSTKFLT, SIGSTKFLT), CONST_ROW(JS_SIGCHLD, SIGCHLD),
		CONST_ROW(JS_SIGCONT, SIGCONT), CONST_ROW(JS_SIGSTOP, SIGSTOP),
		CONST_ROW(JS_SIGTSTP, SIGTSTP), CONST_ROW(JS_SIGTTIN, SIGTTIN),
		CONST_ROW(JS_SIGTTOU, SIGTTOU), CONST_ROW(JS_SIGURG, SIGURG),
		CONST_ROW(JS_SIGXCPU, SIGXCPU), CONST_ROW(JS_SIGXFSZ, SIGXFSZ),
		CONST_ROW(JS_SIGVTALRM, SIGVTALRM), CONST_ROW(JS_SIGPROF, SIGPROF),
		CONST_ROW(JS_SIGWINCH, SIGWINCH), CONST_ROW(JS_SIGIO, SIGIO),
		CONST_ROW(JS_SIGPOLL, SIGPOLL), CONST_ROW(JS_SIGPWR, SIGPWR),
		CONST_ROW(JS_SIGSYS, SIGSYS), CONST_ROW(JS_SIGRTMIN, SIGRTMIN),
		/* _NSIG: asm-generic/signal.h, which x86's header does not use */
		CONST_ROW(JS_SA_NOCLDSTOP, SA_NOCLDSTOP), CONST_ROW(JS_SA_NOCLDWAIT, SA_NOCLDWAIT),
		CONST_ROW(JS_SA_SIGINFO, SA_SIGINFO), CONST_ROW(JS_SA_UNSUPPORTED, SA_UNSUPPORTED),
		CONST_ROW(JS_SA_EXPOSE_TAGBITS, SA_EXPOSE_TAGBITS),
		CONST_ROW(JS_SA_ONSTACK, SA_ONSTACK), CONST_ROW(JS_SA_RESTART, SA_RESTART),
		CONST_ROW(JS_SA_NODEFER, SA_NODEFER), CONST_ROW(JS_SA_RESETHAND, SA_RESETHAND),
		CONST_ROW(JS_SA_NOMASK, SA_NOMASK), CONST_ROW(JS_SA_ONESHOT, SA_ONESHOT),
		CONST_ROW(JS_SA_RESTORER, SA_RESTORER),
		CONST_ROW(JS_MINSIGSTKSZ, MINSIGSTKSZ), CONST_ROW(JS_SIGSTKSZ, SIGSTKSZ),
		CONST_ROW(JS_SIG_BLOCK, SIG_BLOCK), CONST_ROW(JS_SIG_UNBLOCK, SIG_UNBLOCK),
		CONST_ROW(JS_SIG_SETMASK, SIG_SETMASK),
		CONST_ROW(JS_SIG_DFL, SIG_DFL), CONST_ROW(JS_SIG_IGN, SIG_IGN),
		CONST_ROW(JS_SIG_ERR, SIG_ERR),
		CONST_ROW(JS_SS_ONSTACK, SS_ONSTACK), CONST_ROW(JS_SS_DISABLE, SS_DISABLE),
		CONST_ROW(JS_SS_AUTODISARM, SS_AUTODISARM),
		/* asm-generic/siginfo.h */
		CONST_ROW(JS_SI_USER, SI_USER), CONST_ROW(JS_SI_KERNEL, SI_KERNEL),
		CONST_ROW(JS_SI_QUEUE, SI_QUEUE), CONST_ROW(JS_SI_TIMER, SI_TIMER),
		CONST_ROW(JS_SI_MESGQ, SI_MESGQ), CONST_ROW(JS_SI_ASYNCIO, SI_ASYNCIO),
		CONST_ROW(JS_SI_SIGIO, SI_SIGIO), CONST_ROW(JS_SI_TKILL, SI_TKILL),
		CONST_ROW(JS_CLD_EXITED, CLD_EXITED), CONST_ROW(JS_CLD_KILLED, CLD_KILLED),
		CONST_ROW(JS_CLD_DUMPED, CLD_DUMPED), CONST_ROW(JS_CLD_TRAPPED, CLD_TRAPPED),
		CONST_ROW(JS_CLD_STOPPED, CLD_STOPPED), CONST_ROW(JS_CLD_CONTINUED, CLD_CONTINUED),
		CONST_ROW(JS_SEGV_MAPERR, SEGV_MAPERR), CONST_ROW(JS_SEGV_ACCERR, SEGV_ACCERR),
		/* linux/signalfd.h */
		CONST_ROW(JS_SFD_CLOEXEC, SFD_CLOEXEC), CONST_ROW(JS_SFD_NONBLOCK, SFD_NONBLOCK),
		/* linux/wait.h */
		CONST_ROW(JS_WNOHANG, WNOHANG), CONST_ROW(JS_WUNTRACED, WUNTRACED),
		CONST_ROW(JS_WSTOPPED, WSTOPPED), CONST_ROW(JS_WEXITED, WEXITED),
		CONST_ROW(JS_WCONTINUED, WCONTINUED), CONST_ROW(JS_WNOWAIT, WNOWAIT),
		CONST_ROW(JS___WNOTHREAD, __WNOTHREAD), CONST_ROW(JS___WALL, __WALL),
		CONST_ROW(JS___WCLONE, __WCLONE),
		CONST_ROW(JS_P_ALL, P_ALL), CONST_ROW(JS_P_PID, P_PID),
		CONST_ROW(JS_P_PGID, P_PGID), CONST_ROW(JS_P_PIDFD, P_PIDFD),
		/* linux/sched.h */
		CONST_ROW(JS_CSIGNAL, CSIGNAL), CONST_ROW(JS_CLONE_NEWTIME, CLONE_NEWTIME),
		CONST_ROW(JS_CLONE_VM, CLONE_VM), CONST_ROW(JS_CLONE_FS, CLONE_FS),
		CONST_ROW(JS_CLONE_FILES, CLONE_FILES), CONST_ROW(JS_CLONE_SIGHAND, CLONE_SIGHAND),
		CONST_ROW(JS_CLONE_PIDFD, CLONE_PIDFD), CONST_ROW(JS_CLONE_PTRACE, CLONE_PTRACE),
		CONST_ROW(JS_CLONE_VFORK, CLONE_VFORK), CONST_ROW(JS_CLONE_PARENT, CLONE_PARENT),
		CONST_ROW(JS_CLONE_THREAD, CLONE_THREAD), CONST_ROW(JS_CLONE_NEWNS, CLONE_NEWNS),
		CONST_ROW(JS_CLONE_SYSVSEM, CLONE_SYSVSEM), CONST_ROW(JS_CLONE_SETTLS, CLONE_SETTLS),
		CONST_ROW(JS_CLONE_PARENT_SETTID, CLONE_PARENT_SETTID),
		CONST_ROW(JS_CLONE_CHILD_CLEARTID, CLONE_CHILD_CLEARTID),
		CONST_ROW(JS_CLONE_DETACHED, CLONE_DETACHED), CONST_ROW(JS_CLONE_UNTRACED, CLONE_UNTRACED),
		CONST_ROW(JS_CLONE_CHILD_SETTID, CLONE_CHILD_SETTID),
		CONST_ROW(JS_CLONE_NEWCGROUP, CLONE_NEWCGROUP), CONST_ROW(JS_CLONE_NEWUTS, CLONE_NEWUTS),
		CONST_ROW(JS_CLONE_NEWIPC, CLONE_NEWIPC), CONST_ROW(JS_CLONE_NEWUSER, CLONE_NEWUSER),
		CONST_ROW(JS_CLONE_NEWPID, CLONE_NEWPID), CONST_ROW(JS_CLONE_NEWNET, CLONE_NEWNET),
		CONST_ROW(JS_CLONE_IO, CLONE_IO),
		CONST_ROW(JS_CLONE_CLEAR_SIGHAND, CLONE_CLEAR_SIGHAND),
		CONST_ROW(JS_CLONE_INTO_CGROUP, CLONE_INTO_CGROUP),
		CONST_ROW(JS_CLONE_ARGS_SIZE_VER0, CLONE_ARGS_SIZE_VER0),
		CONST_ROW(JS_CLONE_ARGS_SIZE_VER1, CLONE_ARGS_SIZE_VER1),
		CONST_ROW(JS_CLONE_ARGS_SIZE_VER2, CLONE_ARGS_SIZE_VER2),
		/* linux/pidfd.h */
		CONST_ROW(JS_PIDFD_NONBLOCK, PIDFD_NONBLOCK),
		/* linux/resource.h, asm-generic/resource.h */
		CONST_ROW(JS_RLIMIT_CPU, RLIMIT_CPU), CONST_ROW(JS_RLIMIT_FSIZE, RLIMIT_FSIZE),
		CONST_ROW(JS_RLIMIT_DATA, RLIMIT_DATA), CONST_ROW(JS_RLIMIT_STACK, RLIMIT_STACK),
		CONST_ROW(JS_RLIMIT_CORE, RLIMIT_CORE), CONST_ROW(JS_RLIMIT_RSS, RLIMIT_RSS),
		CONST_ROW(JS_RLIMIT_NPROC, RLIMIT_NPROC), CONST_ROW(JS_RLIMIT_NOFILE, RLIMIT_NOFILE),
		CONST_ROW(JS_RLIMIT_MEMLOCK, RLIMIT_MEMLOCK), CONST_ROW(JS_RLIMIT_AS, RLIMIT_AS),
		CONST_ROW(JS_RLIMIT_LOCKS, RLIMIT_LOCKS),
		CONST_ROW(JS_RLIMIT_SIGPENDING, RLIMIT_SIGPENDING),
		CONST_ROW(JS_RLIMIT_MSGQUEUE, RLIMIT_MSGQUEUE), CONST_ROW(JS_RLIMIT_NICE, RLIMIT_NICE),
		CONST_ROW(JS_RLIMIT_RTPRIO, RLIMIT_RTPRIO), CONST_ROW(JS_RLIMIT_RTTIME, RLIMIT_RTTIME),
		CONST_ROW(JS_RLIM_NLIMITS, RLIM_NLIMITS), CONST_ROW(JS_RLIM_INFINITY, RLIM64_INFINITY),
		CONST_ROW(JS_RUSAGE_SELF, RUSAGE_SELF), CONST_ROW(JS_RUSAGE_CHILDREN, RUSAGE_CHILDREN),
		CONST_ROW(JS_RUSAGE_THREAD, RUSAGE_THREAD),
		/* linux/random.h */
		CONST_ROW(JS_GRND_NONBLOCK, GRND_NONBLOCK), CONST_ROW(JS_GRND_RANDOM, GRND_RANDOM),
		CONST_ROW(JS_GRND_INSECURE, GRND_INSECURE),
		/* linux/prctl.h */
		CONST_ROW(JS_PR_SET_PDEATHSIG, PR_SET_PDEATHSIG), CONST_ROW(JS_PR_GET_PDEATHSIG, PR_GET_PDEATHSIG),
		CONST_ROW(JS_PR_GET_DUMPABLE, PR_GET_DUMPABLE), CONST_ROW(JS_PR_SET_DUMPABLE, PR_SET_DUMPABLE),
		CONST_ROW(JS_PR_GET_KEEPCAPS, PR_GET_KEEPCAPS), CONST_ROW(JS_PR_SET_KEEPCAPS, PR_SET_KEEPCAPS),
		CONST_ROW(JS_PR_SET_NAME, PR_SET_NAME), CONST_ROW(JS_PR_GET_NAME, PR_GET_NAME),
		CONST_ROW(JS_PR_GET_SECCOMP, PR_GET_SECCOMP), CONST_ROW(JS_PR_SET_SECCOMP, PR_SET_SECCOMP),
		CONST_ROW(JS_PR_CAPBSET_READ, PR_CAPBSET_READ), CONST_ROW(JS_PR_CAPBSET_DROP, PR_CAPBSET_DROP),
		CONST_ROW(JS_PR_SET_CHILD_SUBREAPER, PR_SET_CHILD_SUBREAPER),
		CONST_ROW(JS_PR_GET_CHILD_SUBREAPER, PR_GET_CHILD_SUBREAPER),
		CONST_ROW(JS_PR_SET_NO_NEW_PRIVS, PR_SET_NO_NEW_PRIVS),
		CONST_ROW(JS_PR_GET_NO_NEW_PRIVS, PR_GET_NO_NEW_PRIVS),
		/* linux/mount.h */
		CONST_ROW(JS_MS_RDONLY, MS_RDONLY), CONST_ROW(JS_MS_NOSUID, MS_NOSUID),
		CONST_ROW(JS_MS_NODEV, MS_NODEV), CONST_ROW(JS_MS_NOEXEC, MS_NOEXEC),
		CONST_ROW(JS_MS_SYNCHRONOUS, MS_SYNCHRONOUS), CONST_ROW(JS_MS_REMOUNT, MS_REMOUNT),
		CONST_ROW(JS_MS_MANDLOCK, MS_MANDLOCK), CONST_ROW(JS_MS_DIRSYNC, MS_DIRSYNC),
		CONST_ROW(JS_MS_NOSYMFOLLOW, MS_NOSYMFOLLOW), CONST_ROW(JS_MS_NOATIME, MS_NOATIME),
		CONST_ROW(JS_MS_NODIRATIME, MS_NODIRATIME), CONST_ROW(JS_MS_BIND, MS_BIND),
		CONST_ROW(JS_MS_MOVE, MS_MOVE), CONST_ROW(JS_MS_REC, MS_REC),
		CONST_ROW(JS_MS_SILENT, MS_SILENT), CONST_ROW(JS_MS_POSIXACL, MS_POSIXACL),
		CONST_ROW(JS_MS_UNBINDABLE, MS_UNBINDABLE), CONST_ROW(JS_MS_PRIVATE, MS_PRIVATE),
		CONST_ROW(JS_MS_SLAVE, MS_SLAVE), CONST_ROW(JS_MS_SHARED, MS_SHARED),
		CONST_ROW(JS_MS_RELATIME, MS_RELATIME), CONST_ROW(JS_MS_KERNMOUNT, MS_KERNMOUNT),
		CONST_ROW(JS_MS_I_VERSION, MS_I_VERSION), CONST_ROW(JS_MS_STRICTATIME, MS_STRICTATIME),
		CONST_ROW(JS_MS_LAZYTIME, MS_LAZYTIME),
		/* linux/reboot.h */
		CONST_ROW(JS_LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC1),
		CONST_ROW(JS_LINUX_REBOOT_MAGIC2, LINUX_REBOOT_MAGIC2),
		CONST_ROW(JS_LINUX_REBOOT_MAGIC2A, LINUX_REBOOT_MAGIC2A),
		CONST_ROW(JS_LINUX_REBOOT_MAGIC2B, LINUX_REBOOT_MAGIC2B),
		CONST_ROW(JS_LINUX_REBOOT_MAGIC2C, LINUX_REBOOT_MAGIC2C),
		CONST_ROW(JS_LINUX_REBOOT_CMD_RESTART, LINUX_REBOOT_CMD_RESTART),
		CONST_ROW(JS_LINUX_REBOOT_CMD_HALT, LINUX_REBOOT_CMD_HALT),
		CONST_ROW(JS_LINUX_REBOOT_CMD_CAD_ON, LINUX_REBOOT_CMD_CAD_ON),
		CONST_ROW(JS_LINUX_REBOOT_CMD_CAD_OFF, LINUX_REBOOT_CMD_CAD_OFF),
		CONST_ROW(JS_LINUX_REBOOT_CMD_POWER_OFF, LINUX_REBOOT_CMD_POWER_OFF),
		CONST_ROW(JS_LINUX_REBOOT_CMD_RESTART2, LINUX_REBOOT_CMD_RESTART2),
		CONST_ROW(JS_LINUX_REBOOT_CMD_SW_SUSPEND, LINUX_REBOOT_CMD_SW_SUSPEND),
		CONST_ROW(JS_LINUX_REBOOT_CMD_KEXEC, LINUX_REBOOT_CMD_KEXEC),
		/* linux/time.h */
		CONST_ROW(JS_CLOCK_REALTIME, CLOCK_REALTIME), CONST_ROW(JS_CLOCK_MONOTONIC, CLOCK_MONOTONIC),
		CONST_ROW(JS_CLOCK_PROCESS_CPUTIME_ID, CLOCK_PROCESS_CPUTIME_ID),
		CONST_ROW(JS_CLOCK_THREAD_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID),
		CONST_ROW(JS_CLOCK_MONOTONIC_RAW, CLOCK_MONOTONIC_RAW),
		CONST_ROW(JS_CLOCK_REALTIME_COARSE, CLOCK_REALTIME_COARSE),
		CONST_ROW(JS_CLOCK_MONOTONIC_COARSE, CLOCK_MONOTONIC_COARSE),
		CONST_ROW(JS_CLOCK_BOOTTIME, CLOCK_BOOTTIME),
		CONST_ROW(JS_CLOCK_REALTIME_ALARM, CLOCK_REALTIME_ALARM),
		CONST_ROW(JS_CLOCK_BOOTTIME_ALARM, CLOCK_BOOTTIME_ALARM),
		CONST_ROW(JS_CLOCK_TAI, CLOCK_TAI), CONST_ROW(JS_TIMER_ABSTIME, TIMER_ABSTIME),
		CONST_ROW(JS_UTSNAME_LENGTH, __NEW_UTS_LEN + 1),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(siginfo_every_member),
		cmocka_unit_test(structs),
		cmocka_unit_test(constants),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
