/* aarch64 signal layouts and values that are not the same everywhere
 * (arch/arm64/include/uapi/asm/signal.h over asm-generic/signal.h). */
#ifndef LIBJS_ARCH_AARCH64_SIGNAL_H
#define LIBJS_ARCH_AARCH64_SIGNAL_H

#include "../../siginfo.h"

/* aarch64 has SA_RESTORER but does not need it: without it the kernel
 * returns from handlers through the vDSO's sigreturn trampoline, so
 * js_sigaction supplies none (no JS__RESTORE_RT). */
#define JS_SA_RESTORER 0x04000000
#define JS_MINSIGSTKSZ 5120
#define JS_SIGSTKSZ    16384

/* struct sigaction (asm-generic/signal.h with SA_RESTORER): handler,
 * flags, restorer, mask.  Both handler spellings: see x86_64/signal.h. */
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
