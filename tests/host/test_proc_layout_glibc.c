/* Process, signal and time layouts and constants against glibc's headers
 * (the kernel's UAPI side is test_proc_layout_kernel.c).  glibc's
 * <signal.h> is included first, so its sa_handler and si_* macros are
 * active when libjs's header is read: the members they name must exist in
 * libjs's structs at the kernel's offsets. */
#include <signal.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/reboot.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/time.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include "layout.h"
#include <libjs/libjs.h>

static void structs(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		/* siginfo through glibc's macros (si_pid is
		 * _sifields._kill.si_pid on both sides) */
		{ "sizeof js_siginfo_t", (long)sizeof(js_siginfo_t), (long)sizeof(siginfo_t) },
		{ "si_signo", (long)offsetof(js_siginfo_t, si_signo), (long)offsetof(siginfo_t, si_signo) },
		{ "si_errno", (long)offsetof(js_siginfo_t, si_errno), (long)offsetof(siginfo_t, si_errno) },
		{ "si_code", (long)offsetof(js_siginfo_t, si_code), (long)offsetof(siginfo_t, si_code) },
#define SI(m) { #m, (long)offsetof(js_siginfo_t, m), (long)offsetof(siginfo_t, m) }
		SI(si_pid), SI(si_uid), SI(si_timerid), SI(si_overrun), SI(si_status),
		SI(si_utime), SI(si_stime), SI(si_value), SI(si_int), SI(si_ptr),
		SI(si_addr), SI(si_addr_lsb), SI(si_lower), SI(si_upper), SI(si_pkey),
		SI(si_band), SI(si_fd), SI(si_call_addr), SI(si_syscall), SI(si_arch),
		{ "sizeof js_stack_t", (long)sizeof(js_stack_t), (long)sizeof(stack_t) },
		{ "ss_sp", (long)offsetof(js_stack_t, ss_sp), (long)offsetof(stack_t, ss_sp) },
		{ "ss_flags", (long)offsetof(js_stack_t, ss_flags), (long)offsetof(stack_t, ss_flags) },
		{ "ss_size", (long)offsetof(js_stack_t, ss_size), (long)offsetof(stack_t, ss_size) },
		/* struct sigaction: only the handler spelling is shared with
		 * glibc; the layout is the kernel's (other test) */
		{ "js_sigaction.sa_handler", (long)offsetof(struct js_sigaction, sa_handler), 0 },
		{ "js_sigaction.sa_sigaction", (long)offsetof(struct js_sigaction, sa_sigaction), 0 },
		LAYOUT_SIZE(js_signalfd_siginfo, signalfd_siginfo),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_pid),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_ptr),
		LAYOUT_FIELD(js_signalfd_siginfo, signalfd_siginfo, ssi_arch),
		LAYOUT_SIZE(js_rusage, rusage),
		LAYOUT_FIELD(js_rusage, rusage, ru_utime),
		LAYOUT_FIELD(js_rusage, rusage, ru_stime),
		LAYOUT_FIELD(js_rusage, rusage, ru_maxrss),
		LAYOUT_FIELD(js_rusage, rusage, ru_minflt),
		LAYOUT_FIELD(js_rusage, rusage, ru_nivcsw),
		LAYOUT_SIZE(js_rlimit, rlimit),
		LAYOUT_FIELD(js_rlimit, rlimit, rlim_cur),
		LAYOUT_FIELD(js_rlimit, rlimit, rlim_max),
		LAYOUT_SIZE(js_utsname, utsname),
		LAYOUT_FIELD(js_utsname, utsname, sysname),
		LAYOUT_FIELD(js_utsname, utsname, nodename),
		LAYOUT_FIELD(js_utsname, utsname, release),
		LAYOUT_FIELD(js_utsname, utsname, version),
		LAYOUT_FIELD(js_utsname, utsname, machine),
		LAYOUT_FIELD(js_utsname, utsname, domainname),
		LAYOUT_SIZE(js_timezone, timezone),
		LAYOUT_FIELD(js_timezone, timezone, tz_minuteswest),
		LAYOUT_FIELD(js_timezone, timezone, tz_dsttime),
		{ "sizeof js_cpu_set_t", (long)sizeof(js_cpu_set_t), (long)sizeof(cpu_set_t) },
	};
	check_rows(rows, ARRAY_LEN(rows));
}

static void constants(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		CONST_ROW(JS_SIGHUP, SIGHUP), CONST_ROW(JS_SIGINT, SIGINT),
		CONST_ROW(JS_SIGQUIT, SIGQUIT), CONST_ROW(JS_SIGILL, SIGILL),
		CONST_ROW(JS_SIGTRAP, SIGTRAP), CONST_ROW(JS_SIGABRT, SIGABRT),
		CONST_ROW(JS_SIGBUS, SIGBUS), CONST_ROW(JS_SIGFPE, SIGFPE),
		CONST_ROW(JS_SIGKILL, SIGKILL), CONST_ROW(JS_SIGUSR1, SIGUSR1),
		CONST_ROW(JS_SIGSEGV, SIGSEGV), CONST_ROW(JS_SIGUSR2, SIGUSR2),
		CONST_ROW(JS_SIGPIPE, SIGPIPE), CONST_ROW(JS_SIGALRM, SIGALRM),
		CONST_ROW(JS_SIGTERM, SIGTERM), CONST_ROW(JS_SIGSTKFLT, SIGSTKFLT),
		CONST_ROW(JS_SIGCHLD, SIGCHLD), CONST_ROW(JS_SIGCONT, SIGCONT),
		CONST_ROW(JS_SIGSTOP, SIGSTOP), CONST_ROW(JS_SIGTSTP, SIGTSTP),
		CONST_ROW(JS_SIGTTIN, SIGTTIN), CONST_ROW(JS_SIGTTOU, SIGTTOU),
		CONST_ROW(JS_SIGURG, SIGURG), CONST_ROW(JS_SIGXCPU, SIGXCPU),
		CONST_ROW(JS_SIGXFSZ, SIGXFSZ), CONST_ROW(JS_SIGVTALRM, SIGVTALRM),
		CONST_ROW(JS_SIGPROF, SIGPROF), CONST_ROW(JS_SIGWINCH, SIGWINCH),
		CONST_ROW(JS_SIGIO, SIGIO), CONST_ROW(JS_SIGPWR, SIGPWR),
		CONST_ROW(JS_SIGSYS, SIGSYS),
		/* the kernel's range; glibc's SIGRTMIN reserves two of it */
		CONST_ROW(JS_SIGRTMIN, __SIGRTMIN), CONST_ROW(JS_SIGRTMAX, __SIGRTMAX),
		CONST_ROW(JS_SA_NOCLDSTOP, SA_NOCLDSTOP), CONST_ROW(JS_SA_NOCLDWAIT, SA_NOCLDWAIT),
		CONST_ROW(JS_SA_SIGINFO, SA_SIGINFO), CONST_ROW(JS_SA_ONSTACK, SA_ONSTACK),
		CONST_ROW(JS_SA_RESTART, SA_RESTART), CONST_ROW(JS_SA_NODEFER, SA_NODEFER),
		CONST_ROW(JS_SA_RESETHAND, SA_RESETHAND),
		CONST_ROW(JS_SIG_BLOCK, SIG_BLOCK), CONST_ROW(JS_SIG_UNBLOCK, SIG_UNBLOCK),
		CONST_ROW(JS_SIG_SETMASK, SIG_SETMASK),
		CONST_ROW(JS_SIG_DFL, SIG_DFL), CONST_ROW(JS_SIG_IGN, SIG_IGN),
		CONST_ROW(JS_SIG_ERR, SIG_ERR),
		CONST_ROW(JS_SS_ONSTACK, SS_ONSTACK), CONST_ROW(JS_SS_DISABLE, SS_DISABLE),
		CONST_ROW(JS_SI_USER, SI_USER), CONST_ROW(JS_SI_KERNEL, SI_KERNEL),
		CONST_ROW(JS_SI_QUEUE, SI_QUEUE), CONST_ROW(JS_SI_TKILL, SI_TKILL),
		CONST_ROW(JS_CLD_EXITED, CLD_EXITED), CONST_ROW(JS_CLD_KILLED, CLD_KILLED),
		CONST_ROW(JS_SFD_CLOEXEC, SFD_CLOEXEC), CONST_ROW(JS_SFD_NONBLOCK, SFD_NONBLOCK),
		CONST_ROW(JS_WNOHANG, WNOHANG), CONST_ROW(JS_WUNTRACED, WUNTRACED),
		CONST_ROW(JS_WEXITED, WEXITED), CONST_ROW(JS_WCONTINUED, WCONTINUED),
		CONST_ROW(JS_WNOWAIT, WNOWAIT), CONST_ROW(JS___WALL, __WALL),
		CONST_ROW(JS_P_ALL, P_ALL), CONST_ROW(JS_P_PID, P_PID),
		CONST_ROW(JS_P_PGID, P_PGID), CONST_ROW(JS_P_PIDFD, P_PIDFD),
		CONST_ROW(JS_CLONE_VM, CLONE_VM), CONST_ROW(JS_CLONE_VFORK, CLONE_VFORK),
		CONST_ROW(JS_CLONE_NEWNS, CLONE_NEWNS), CONST_ROW(JS_CLONE_NEWUSER, CLONE_NEWUSER),
		CONST_ROW(JS_CLONE_NEWPID, CLONE_NEWPID), CONST_ROW(JS_CLONE_NEWUTS, CLONE_NEWUTS),
		CONST_ROW(JS_CLONE_NEWNET, CLONE_NEWNET), CONST_ROW(JS_CLONE_PIDFD, CLONE_PIDFD),
		CONST_ROW(JS_CLONE_NEWTIME, CLONE_NEWTIME),
		CONST_ROW(JS_RLIMIT_NOFILE, RLIMIT_NOFILE), CONST_ROW(JS_RLIMIT_AS, RLIMIT_AS),
		CONST_ROW(JS_RLIMIT_RTTIME, RLIMIT_RTTIME), CONST_ROW(JS_RLIM_NLIMITS, RLIMIT_NLIMITS),
		CONST_ROW(JS_RLIM_INFINITY, RLIM_INFINITY),
		CONST_ROW(JS_RUSAGE_SELF, RUSAGE_SELF), CONST_ROW(JS_RUSAGE_CHILDREN, RUSAGE_CHILDREN),
		CONST_ROW(JS_RUSAGE_THREAD, RUSAGE_THREAD),
		CONST_ROW(JS_GRND_NONBLOCK, GRND_NONBLOCK), CONST_ROW(JS_GRND_RANDOM, GRND_RANDOM),
		CONST_ROW(JS_GRND_INSECURE, GRND_INSECURE),
		CONST_ROW(JS_PR_SET_NAME, PR_SET_NAME), CONST_ROW(JS_PR_SET_NO_NEW_PRIVS, PR_SET_NO_NEW_PRIVS),
		CONST_ROW(JS_PR_SET_CHILD_SUBREAPER, PR_SET_CHILD_SUBREAPER),
		CONST_ROW(JS_MS_RDONLY, MS_RDONLY), CONST_ROW(JS_MS_BIND, MS_BIND),
		CONST_ROW(JS_MS_REC, MS_REC), CONST_ROW(JS_MS_PRIVATE, MS_PRIVATE),
		CONST_ROW(JS_MS_LAZYTIME, MS_LAZYTIME), CONST_ROW(JS_MS_NOSYMFOLLOW, MS_NOSYMFOLLOW),
		CONST_ROW(JS_MNT_FORCE, MNT_FORCE), CONST_ROW(JS_MNT_DETACH, MNT_DETACH),
		CONST_ROW(JS_MNT_EXPIRE, MNT_EXPIRE), CONST_ROW(JS_UMOUNT_NOFOLLOW, UMOUNT_NOFOLLOW),
		CONST_ROW(JS_LINUX_REBOOT_CMD_POWER_OFF, (unsigned)RB_POWER_OFF),
		CONST_ROW(JS_LINUX_REBOOT_CMD_RESTART, (unsigned)RB_AUTOBOOT),
		CONST_ROW(JS_LINUX_REBOOT_CMD_HALT, (unsigned)RB_HALT_SYSTEM),
		CONST_ROW(JS_LINUX_REBOOT_CMD_CAD_ON, (unsigned)RB_ENABLE_CAD),
		CONST_ROW(JS_LINUX_REBOOT_CMD_CAD_OFF, RB_DISABLE_CAD),
		CONST_ROW(JS_LINUX_REBOOT_CMD_SW_SUSPEND, (unsigned)RB_SW_SUSPEND),
		CONST_ROW(JS_LINUX_REBOOT_CMD_KEXEC, RB_KEXEC),
		CONST_ROW(JS_CLOCK_REALTIME, CLOCK_REALTIME), CONST_ROW(JS_CLOCK_MONOTONIC, CLOCK_MONOTONIC),
		CONST_ROW(JS_CLOCK_PROCESS_CPUTIME_ID, CLOCK_PROCESS_CPUTIME_ID),
		CONST_ROW(JS_CLOCK_THREAD_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID),
		CONST_ROW(JS_CLOCK_MONOTONIC_RAW, CLOCK_MONOTONIC_RAW),
		CONST_ROW(JS_CLOCK_REALTIME_COARSE, CLOCK_REALTIME_COARSE),
		CONST_ROW(JS_CLOCK_MONOTONIC_COARSE, CLOCK_MONOTONIC_COARSE),
		CONST_ROW(JS_CLOCK_BOOTTIME, CLOCK_BOOTTIME), CONST_ROW(JS_CLOCK_TAI, CLOCK_TAI),
		CONST_ROW(JS_TIMER_ABSTIME, TIMER_ABSTIME),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

/* The wait-status macros decode what glibc's do, for every status shape. */
static void wait_status_macros(void **state)
{
	(void)state;
	int samples[] = { 0, 0x2a00, 0xff00, 9, 0x8b, 0x137f, 0xffff, 0x57f, 0x7f };
	for (size_t i = 0; i < ARRAY_LEN(samples); i++) {
		int s = samples[i];
		assert_int_equal(!!JS_WIFEXITED(s), !!WIFEXITED(s));
		assert_int_equal(!!JS_WIFSIGNALED(s), !!WIFSIGNALED(s));
		assert_int_equal(!!JS_WIFSTOPPED(s), !!WIFSTOPPED(s));
		assert_int_equal(!!JS_WIFCONTINUED(s), !!WIFCONTINUED(s));
		assert_int_equal(!!JS_WCOREDUMP(s), !!WCOREDUMP(s));
		if (WIFEXITED(s))
			assert_int_equal(JS_WEXITSTATUS(s), WEXITSTATUS(s));
		if (WIFSIGNALED(s))
			assert_int_equal(JS_WTERMSIG(s), WTERMSIG(s));
		if (WIFSTOPPED(s))
			assert_int_equal(JS_WSTOPSIG(s), WSTOPSIG(s));
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(structs),
		cmocka_unit_test(constants),
		cmocka_unit_test(wait_status_macros),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
