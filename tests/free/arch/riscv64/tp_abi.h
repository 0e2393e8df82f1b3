/* riscv64 (RISC-V ELF psABI, variant I without a TCB at tp): the TLS
 * block starts at tp; the guard is a global, not in the TCB. */
#include <stdint.h>
static inline uintptr_t jt_tp(void)
{
	uintptr_t tp;

	__asm__ __volatile__("mv %0, tp" : "=r"(tp));
	return tp;
}
#define JT_TLS_OFFSET 0L
#define JT_TP_SELF_OK() 1
#define JT_TP_GUARD_OK() 1
