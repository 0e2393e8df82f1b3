/* x86_64 signal layouts and values that are not the same everywhere
 * (arch/x86/include/uapi/asm/signal.h, the !__i386__ branch). */
#ifndef LIBJS_ARCH_X86_64_SIGNAL_H
#define LIBJS_ARCH_X86_64_SIGNAL_H

/* x86_64 has SA_RESTORER, and the kernel needs it: a handler returns
 * through sa_restorer, which must make rt_sigreturn (js_sigaction supplies
 * one, src/arch/x86_64/restore_rt.S).  riscv64 has neither. */
#define JS_SA_RESTORER 0x04000000
/* js_sigaction supplies sa_restorer (there is no vDSO trampoline that the
 * kernel would use instead). */
#define JS__RESTORE_RT 1
#define JS_MINSIGSTKSZ 2048
#define JS_SIGSTKSZ    8192

/* struct sigaction here is handler, flags, restorer, mask
 * (arch/x86/include/uapi/asm/signal.h); signal.h lays it out from this. */
#define JS_SIGACTION_HAS_RESTORER 1

#endif
