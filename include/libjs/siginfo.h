/* Signal sets and signal information: the layouts every 64-bit Linux
 * architecture shares (include/uapi/asm-generic/signal.h for the set,
 * include/uapi/asm-generic/siginfo.h for siginfo).  What differs per
 * architecture (struct sigaction, SA_RESTORER, stack sizes) is in
 * arch/<name>/signal.h, which includes this file.
 *
 * siginfo's member names are glibc's (bits/types/siginfo_t.h): glibc
 * reaches the union members through macros (si_pid is
 * _sifields._kill.si_pid), so libjs uses the same union and struct names
 * and defines the same macros; user code writes info.si_pid with or
 * without <signal.h>, in either include order. */
#ifndef LIBJS_SIGINFO_H
#define LIBJS_SIGINFO_H

#include <stdint.h>

/* The kernel's sigset: 64 signals, 8 bytes on every 64-bit architecture
 * (glibc's sigset_t is 128 bytes; the kernel only reads the first 8). */
typedef struct js_sigset {
	unsigned long sig[1];
} js_sigset_t;

/* union sigval (sigval_t) */
union js_sigval {
	int sival_int;
	void *sival_ptr;
};

/* glibc's own siginfo macros may already be defined; the member names
 * below must be read as plain names, so they are set aside and restored
 * afterwards (push_macro/pop_macro, supported by gcc and clang). */
#pragma push_macro("si_pid")
#pragma push_macro("si_uid")
#pragma push_macro("si_overrun")
#pragma push_macro("si_status")
#pragma push_macro("si_utime")
#pragma push_macro("si_stime")
#pragma push_macro("si_addr")
#pragma push_macro("si_addr_lsb")
#pragma push_macro("si_band")
#pragma push_macro("si_fd")
#undef si_pid
#undef si_uid
#undef si_overrun
#undef si_status
#undef si_utime
#undef si_stime
#undef si_addr
#undef si_addr_lsb
#undef si_band
#undef si_fd

/* siginfo_t: 128 bytes; the union starts at 16 on 64-bit
 * (__ARCH_SI_PREAMBLE_SIZE is 4 ints). */
typedef struct js_siginfo {
	int si_signo;
	int si_errno;
	int si_code;
	int __pad0;
	union {
		int _pad[28];
		struct {
			int si_pid;
			unsigned int si_uid;
		} _kill;
		struct {
			int si_tid;
			int si_overrun;
			union js_sigval si_sigval;
		} _timer;
		struct {
			int si_pid;
			unsigned int si_uid;
			union js_sigval si_sigval;
		} _rt;
		struct {
			int si_pid;
			unsigned int si_uid;
			int si_status;
			long si_utime;
			long si_stime;
		} _sigchld;
		struct {
			void *si_addr;
			short si_addr_lsb;
			union {
				struct {
					void *_lower;
					void *_upper;
				} _addr_bnd;
				uint32_t _pkey;
			} _bounds;
		} _sigfault;
		struct {
			long si_band;
			int si_fd;
		} _sigpoll;
		struct {
			void *_call_addr;
			int _syscall;
			unsigned int _arch;
		} _sigsys;
	} _sifields;
} js_siginfo_t;

#pragma pop_macro("si_pid")
#pragma pop_macro("si_uid")
#pragma pop_macro("si_overrun")
#pragma pop_macro("si_status")
#pragma pop_macro("si_utime")
#pragma pop_macro("si_stime")
#pragma pop_macro("si_addr")
#pragma pop_macro("si_addr_lsb")
#pragma pop_macro("si_band")
#pragma pop_macro("si_fd")

/* The same spellings as glibc's, token for token, so that either header
 * may come first. */
#ifndef si_pid
#define si_pid		_sifields._kill.si_pid
#define si_uid		_sifields._kill.si_uid
#define si_timerid	_sifields._timer.si_tid
#define si_overrun	_sifields._timer.si_overrun
#define si_status	_sifields._sigchld.si_status
#define si_utime	_sifields._sigchld.si_utime
#define si_stime	_sifields._sigchld.si_stime
#define si_value	_sifields._rt.si_sigval
#define si_int		_sifields._rt.si_sigval.sival_int
#define si_ptr		_sifields._rt.si_sigval.sival_ptr
#define si_addr		_sifields._sigfault.si_addr
#define si_addr_lsb	_sifields._sigfault.si_addr_lsb
#define si_lower	_sifields._sigfault._bounds._addr_bnd._lower
#define si_upper	_sifields._sigfault._bounds._addr_bnd._upper
#define si_pkey		_sifields._sigfault._bounds._pkey
#define si_band		_sifields._sigpoll.si_band
#define si_fd		_sifields._sigpoll.si_fd
#endif
#ifndef si_call_addr
#define si_call_addr	_sifields._sigsys._call_addr
#define si_syscall	_sifields._sigsys._syscall
#define si_arch		_sifields._sigsys._arch
#endif

/* A signal handler (sighandler_t). */
typedef void (*js_sighandler_t)(int);

#endif
