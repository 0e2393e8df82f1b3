/* x86_64 thread pointer and TLS layout, per the System V x86_64 psABI
 * ("Thread-Local Storage", variant II of Drepper's "ELF Handling For
 * Thread-Local Storage", section 3.4.6): %fs holds the thread pointer
 * (tp), the TLS block lies immediately below tp (a local-exec access is
 * %fs:-offset), and the thread control block (TCB) starts at tp with its
 * first word pointing to itself (%fs:0 loads tp).  gcc and clang read the
 * stack-protector guard at %fs:0x28 (glibc's tcbhead_t.stack_guard), so
 * the guard is per thread and lives in the TCB. */
#ifndef LIBJS_SRC_ARCH_X86_64_TP_H
#define LIBJS_SRC_ARCH_X86_64_TP_H

#include <stdint.h>
#include <libjs/sys.h>
#include <libjs/sandbox.h>

/* 1: block below tp, TCB at tp (variant II); 0: variant I. */
#define JS_TLS_BELOW_TP 1
/* Variant I only: bytes the ABI reserves at tp before the TLS block. */
#define JS_TLS_TP_RESERVED 0
/* The stack-protector guard is the TCB's stack_guard (else a global). */
#define JS_SSP_GUARD_IN_TCB 1

/* The psABI's part of the TCB, at tp; the offsets are fixed by compilers
 * (self at 0, stack guard at 0x28).  The other words keep glibc's
 * tcbhead_t places for code that looks there (dtv at 8, self again at 16). */
#define JS_TCB_ABI_HEAD                                                         \
	void *tcb_self;        /* 0x00: %fs:0 == tp */                          \
	void *tcb_dtv;         /* 0x08 */                                       \
	void *tcb_self2;       /* 0x10 */                                       \
	uint32_t tcb_pad[2];   /* 0x18 */                                       \
	uintptr_t tcb_sysinfo; /* 0x20 */                                       \
	uintptr_t stack_guard; /* 0x28: -fstack-protector's canary */           \
	uintptr_t tcb_pointer_guard; /* 0x30 */

/* Compilers hard-code these two offsets. */
#define JS_TCB_ABI_ASSERT()                                                     \
	_Static_assert(__builtin_offsetof(struct js__tcb, tcb_self) == 0 &&     \
			       __builtin_offsetof(struct js__tcb, stack_guard) == 0x28, \
		       "x86_64 psABI: tp at %fs:0, stack guard at %fs:0x28")

/* A new TCB's ABI words: %fs:0 and glibc's self both hold tp. */
#define JS_TCB_INIT(t, tp) ((t)->tcb_self = (t)->tcb_self2 = (tp))

/* The protector reads its guard at %fs:0x28. */
#define JS_TCB_SET_GUARD(t, g) ((t)->stack_guard = (g))
/* A new thread's guard: its creator's (the guard is per thread here). */
#define JS_TCB_COPY_GUARD(d, s) ((d)->stack_guard = (s)->stack_guard)

/* arch_prctl(2) ARCH_SET_FS, untraced: the start code sets the thread
 * pointer before anything may trace (js_arch_prctl is the public call). */
static inline long js__tp_set(void *tp)
{
	JS_SANDBOX_ALLOW(JS_NR_arch_prctl); /* the link-time set, sandbox.h */
	return js_syscall2(JS_NR_arch_prctl, JS_ARCH_SET_FS, (long)tp);
}

static inline void *js__tp_get(void)
{
	void *tp;

	__asm__ __volatile__("mov %%fs:0, %0" : "=r"(tp));
	return tp;
}

#endif
