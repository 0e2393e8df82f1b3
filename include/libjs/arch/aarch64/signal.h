/* aarch64 signal layouts and values that are not the same everywhere
 * (arch/arm64/include/uapi/asm/signal.h over asm-generic/signal.h). */
#ifndef LIBJS_ARCH_AARCH64_SIGNAL_H
#define LIBJS_ARCH_AARCH64_SIGNAL_H

/* aarch64 has SA_RESTORER but does not need it: without it the kernel
 * returns from handlers through the vDSO's sigreturn trampoline, so
 * js_sigaction supplies none (no JS__RESTORE_RT). */
#define JS_SA_RESTORER 0x04000000
#define JS_MINSIGSTKSZ 5120
#define JS_SIGSTKSZ    16384

/* struct sigaction here is handler, flags, restorer,
 * mask (asm-generic/signal.h with SA_RESTORER); signal.h lays it out from
 * this. */
#define JS_SIGACTION_HAS_RESTORER 1

#endif
