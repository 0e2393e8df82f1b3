/* aarch64 thread pointer and TLS layout, per "ELF for the Arm 64-bit
 * Architecture" (AAELF64, "Thread Local Storage") and variant I of
 * Drepper's "ELF Handling For Thread-Local Storage": tpidr_el0 holds the
 * thread pointer (tp), which points to a 16-byte TCB (two words: dtv and
 * a reserved one); the executable's TLS block starts at tp + 16 rounded up
 * to the segment's alignment (the linker's local-exec offsets assume it).
 * The stack-protector guard is the global __stack_chk_guard (gcc's and
 * clang's default for aarch64 Linux), shared by all threads. */
#ifndef LIBJS_SRC_ARCH_AARCH64_TP_H
#define LIBJS_SRC_ARCH_AARCH64_TP_H

#include <libjs/sys.h>

#define JS_TLS_BELOW_TP 0
#define JS_TLS_TP_RESERVED 16
#define JS_SSP_GUARD_IN_TCB 0
/* Nothing of the TCB is at a place the ABI fixes below tp. */
#define JS_TCB_ABI_HEAD
#define JS_TCB_ABI_ASSERT() _Static_assert(1, "nothing of the TCB is fixed")
#define JS_TCB_INIT(t, tp) ((void)(t), (void)(tp))
#define JS_TCB_SET_GUARD(t, g) ((void)(t), (void)(g))
#define JS_TCB_COPY_GUARD(d, s) ((void)(d), (void)(s))

static inline long js__tp_set(void *tp)
{
	__asm__ __volatile__("msr tpidr_el0, %0" : : "r"(tp) : "memory");
	return 0;
}

static inline void *js__tp_get(void)
{
	void *tp;

	__asm__ __volatile__("mrs %0, tpidr_el0" : "=r"(tp));
	return tp;
}

#endif
