/* riscv64 thread pointer and TLS layout, per the RISC-V ELF psABI
 * ("Thread Local Storage"): the tp register (x4) holds the thread
 * pointer, variant I with no TCB at tp: the executable's TLS block starts
 * at tp itself (local-exec offsets are tp-relative from 0).  Anything the
 * runtime keeps per thread therefore lies below tp.  The stack-protector
 * guard is the global __stack_chk_guard (gcc's and clang's default for
 * riscv64 Linux), shared by all threads. */
#ifndef LIBJS_SRC_ARCH_RISCV64_TP_H
#define LIBJS_SRC_ARCH_RISCV64_TP_H

#include <libjs/sys.h>

#define JS_TLS_BELOW_TP 0
#define JS_TLS_TP_RESERVED 0
#define JS_SSP_GUARD_IN_TCB 0
#define JS_TCB_ABI_HEAD
#define JS_TCB_ABI_ASSERT() _Static_assert(1, "nothing of the TCB is fixed")
#define JS_TCB_INIT(t, tp) ((void)(t), (void)(tp))
#define JS_TCB_SET_GUARD(t, g) ((void)(t), (void)(g))
#define JS_TCB_COPY_GUARD(d, s) ((void)(d), (void)(s))

static inline long js__tp_set(void *tp)
{
	__asm__ __volatile__("mv tp, %0" : : "r"(tp) : "memory");
	return 0;
}

static inline void *js__tp_get(void)
{
	void *tp;

	__asm__ __volatile__("mv %0, tp" : "=r"(tp));
	return tp;
}

#endif
