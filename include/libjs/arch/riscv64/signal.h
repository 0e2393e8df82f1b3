/* riscv64 signal layouts and values: plain asm-generic/signal.h. */
#ifndef LIBJS_ARCH_RISCV64_SIGNAL_H
#define LIBJS_ARCH_RISCV64_SIGNAL_H

#include "../../siginfo.h"

/* No SA_RESTORER on riscv64: handlers return through the vDSO's
 * trampoline, and struct sigaction has no sa_restorer member. */
#define JS_MINSIGSTKSZ 2048
#define JS_SIGSTKSZ    8192

/* struct sigaction (asm-generic/signal.h without SA_RESTORER): handler,
 * flags, mask.  Both handler spellings: see x86_64/signal.h. */
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
	js_sigset_t sa_mask;
};
#pragma pop_macro("sa_handler")
#pragma pop_macro("sa_sigaction")

#endif
