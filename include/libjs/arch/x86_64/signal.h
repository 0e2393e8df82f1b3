/* x86_64 signal layouts and values that are not the same everywhere
 * (arch/x86/include/uapi/asm/signal.h, the !__i386__ branch). */
#ifndef LIBJS_ARCH_X86_64_SIGNAL_H
#define LIBJS_ARCH_X86_64_SIGNAL_H

#include "../../siginfo.h"

/* x86_64 has SA_RESTORER, and the kernel needs it: a handler returns
 * through sa_restorer, which must make rt_sigreturn (js_sigaction supplies
 * one, src/arch/x86_64/restore_rt.S).  riscv64 has neither. */
#define JS_SA_RESTORER 0x04000000
/* js_sigaction supplies sa_restorer (there is no vDSO trampoline that the
 * kernel would use instead). */
#define JS__RESTORE_RT 1
#define JS_MINSIGSTKSZ 2048
#define JS_SIGSTKSZ    8192

/* struct sigaction as the kernel reads it in rt_sigaction(2): handler,
 * flags, restorer, mask (glibc's struct sigaction is a different layout:
 * its mask comes second and is 128 bytes).  The handler has both
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
	void (*sa_restorer)(void);
	js_sigset_t sa_mask;
};
#pragma pop_macro("sa_handler")
#pragma pop_macro("sa_sigaction")

#endif
