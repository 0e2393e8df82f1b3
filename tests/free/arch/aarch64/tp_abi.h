/* aarch64 (AAELF64, variant I): tpidr_el0 points at a 16-byte TCB and
 * the TLS block starts at tp + 16 for an 8-aligned block; the guard is a
 * global, not in the TCB. */
#include <stdint.h>
static inline uintptr_t jt_tp(void)
{
	uintptr_t tp;

	__asm__ __volatile__("mrs %0, tpidr_el0" : "=r"(tp));
	return tp;
}
#define JT_TLS_OFFSET 16L
#define JT_TP_SELF_OK() 1
#define JT_TP_GUARD_OK() 1
