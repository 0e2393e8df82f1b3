/* Signal sets and signal information: the layouts every 64-bit Linux
 * architecture shares (include/uapi/asm-generic/signal.h for the set,
 * include/uapi/asm-generic/siginfo.h for siginfo).  What differs per
 * architecture (struct sigaction, SA_RESTORER, stack sizes) is in
 * arch/<name>/signal.h, which includes this file.
 *
 * Member names next to glibc.  glibc reaches siginfo's union members
 * through macros (si_pid is _sifields._kill.si_pid, sa_handler is
 * __sigaction_handler.sa_handler).  libjs defines no such macros; instead
 * each struct holds both spellings over the same bytes: glibc's named
 * union (_sifields, __sigaction_handler), which the macros reach when
 * <signal.h> is included, and anonymous members with the plain names for
 * code without it.  While the members are declared, any macros of those
 * names are set aside (push_macro/pop_macro, gcc and clang), so the
 * headers may be included in either order. */
#ifndef LIBJS_SIGINFO_H
#define LIBJS_SIGINFO_H

#include <stdint.h>
#include "types.h"

/* union sigval (sigval_t) */
union js_sigval {
	int sival_int;
	void *sival_ptr;
};

/* A signal handler (sighandler_t). */
typedef void (*js_sighandler_t)(int);

#pragma push_macro("si_pid")
#pragma push_macro("si_uid")
#pragma push_macro("si_timerid")
#pragma push_macro("si_overrun")
#pragma push_macro("si_status")
#pragma push_macro("si_utime")
#pragma push_macro("si_stime")
#pragma push_macro("si_value")
#pragma push_macro("si_int")
#pragma push_macro("si_ptr")
#pragma push_macro("si_addr")
#pragma push_macro("si_addr_lsb")
#pragma push_macro("si_lower")
#pragma push_macro("si_upper")
#pragma push_macro("si_pkey")
#pragma push_macro("si_band")
#pragma push_macro("si_fd")
#pragma push_macro("si_call_addr")
#pragma push_macro("si_syscall")
#pragma push_macro("si_arch")
#undef si_pid
#undef si_uid
#undef si_timerid
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

/* siginfo_t: 128 bytes; the union starts at 16 on 64-bit
 * (__ARCH_SI_PREAMBLE_SIZE is 4 ints). */
typedef struct js_siginfo {
	int si_signo;
	int si_errno;
	int si_code;
	int __pad0;
	__extension__ union {
		/* glibc's spelling (bits/types/siginfo_t.h), the kernel's
		 * layout */
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
		/* the plain names, over the same bytes */
		union {
			struct {
				union {
					struct {
						int si_pid;
						unsigned int si_uid;
					};
					struct {
						int si_timerid;
						int si_overrun;
					};
				};
				union {
					union js_sigval si_value;
					int si_int;
					void *si_ptr;
					struct {
						int si_status;
						long si_utime;
						long si_stime;
					};
				};
			};
			struct {
				void *si_addr;
				short si_addr_lsb;
				union {
					struct {
						void *si_lower;
						void *si_upper;
					};
					uint32_t si_pkey;
				};
			};
			struct {
				long si_band;
				int si_fd;
			};
			struct {
				void *si_call_addr;
				int si_syscall;
				unsigned int si_arch;
			};
		};
	};
} js_siginfo_t;

#pragma pop_macro("si_pid")
#pragma pop_macro("si_uid")
#pragma pop_macro("si_timerid")
#pragma pop_macro("si_overrun")
#pragma pop_macro("si_status")
#pragma pop_macro("si_utime")
#pragma pop_macro("si_stime")
#pragma pop_macro("si_value")
#pragma pop_macro("si_int")
#pragma pop_macro("si_ptr")
#pragma pop_macro("si_addr")
#pragma pop_macro("si_addr_lsb")
#pragma pop_macro("si_lower")
#pragma pop_macro("si_upper")
#pragma pop_macro("si_pkey")
#pragma pop_macro("si_band")
#pragma pop_macro("si_fd")
#pragma pop_macro("si_call_addr")
#pragma pop_macro("si_syscall")
#pragma pop_macro("si_arch")

/* ---- struct sigevent (issue 14, time and scheduling calls) ----------- */

/* struct sigevent (include/uapi/asm-generic/siginfo.h; the same on
 * x86_64, aarch64 and riscv64): how timer_create(2) (and mq_notify(3))
 * notify, 64 bytes.  As for siginfo, both spellings: glibc's named union
 * _sigev_un, which its sigev_notify_function, sigev_notify_attributes
 * (and in newer glibc sigev_notify_thread_id) macros reach, and plain
 * anonymous members of those names.  sigev_notify_thread_id is the
 * thread (a tid, js_gettid) a JS_SIGEV_THREAD_ID signal goes to. */
#pragma push_macro("sigev_notify_function")
#pragma push_macro("sigev_notify_attributes")
#pragma push_macro("sigev_notify_thread_id")
#undef sigev_notify_function
#undef sigev_notify_attributes
#undef sigev_notify_thread_id
typedef struct js_sigevent {
	union js_sigval sigev_value;
	int sigev_signo;
	int sigev_notify;
	__extension__ union {
		union {
			int _pad[12];
			int _tid;
			struct {
				void (*_function)(union js_sigval);
				void *_attribute;
			} _sigev_thread;
		} _sigev_un;
		int sigev_notify_thread_id;
		struct {
			void (*sigev_notify_function)(union js_sigval);
			void *sigev_notify_attributes;
		};
	};
} js_sigevent_t;
#pragma pop_macro("sigev_notify_function")
#pragma pop_macro("sigev_notify_attributes")
#pragma pop_macro("sigev_notify_thread_id")

/* sigev_notify values.  JS_SIGEV_THREAD is libc's (it starts a thread);
 * the kernel treats it like JS_SIGEV_SIGNAL, and libjs starts no thread. */
#define JS_SIGEV_SIGNAL    0
#define JS_SIGEV_NONE      1
#define JS_SIGEV_THREAD    2
#define JS_SIGEV_THREAD_ID 4
#define JS_SIGEV_MAX_SIZE  64
/* ---- end of struct sigevent ------------------------------------------ */

#endif
