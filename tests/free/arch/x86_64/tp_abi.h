/* x86_64 (psABI, variant II): %fs:0 holds the thread pointer itself, the
 * TLS block ends at tp (an 8-byte, 8-aligned block starts at tp - 8), and
 * the protector reads its guard at %fs:0x28. */
#include <stdint.h>
static inline uintptr_t jt_tp(void)
{
	uintptr_t tp = 0;

	js_syscall2(JS_NR_arch_prctl, 0x1003 /* ARCH_GET_FS */, (long)&tp);
	return tp;
}
static inline uintptr_t jt_tp_word(long off)
{
	uintptr_t v;

	__asm__ __volatile__("mov %%fs:(%1), %0" : "=r"(v) : "r"(off));
	return v;
}
#define JT_TLS_OFFSET (-8L)           /* where an 8-byte block starts */
#define JT_TP_SELF_OK() (jt_tp_word(0) == jt_tp())
#define JT_TP_GUARD_OK() (jt_tp_word(0x28) == __stack_chk_guard)
