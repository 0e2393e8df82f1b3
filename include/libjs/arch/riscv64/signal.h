/* riscv64 signal layouts and values: plain asm-generic/signal.h. */
#ifndef LIBJS_ARCH_RISCV64_SIGNAL_H
#define LIBJS_ARCH_RISCV64_SIGNAL_H

/* No SA_RESTORER on riscv64: handlers return through the vDSO's
 * trampoline, and struct sigaction has no sa_restorer member. */
#define JS_MINSIGSTKSZ 2048
#define JS_SIGSTKSZ    8192

/* struct sigaction here is handler, flags, mask
 * (asm-generic/signal.h without SA_RESTORER); signal.h lays it out from
 * this. */
#define JS_SIGACTION_HAS_RESTORER 0

#endif
