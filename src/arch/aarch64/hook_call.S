/* js__hook_call5, js__hook_call6 and js__hook_vdso (src/call.h): a
 * wrapper's rare path, taken while js__hook is set.  The system call and the trace line's
 * write are made here, between calls to C that make none
 * (js__call_enter decides, js__call_leave formats the line: src/sys/hook.c),
 * and the wrapper is resumed by `br`, not `ret`: x86_64's kernel leaves
 * the return predictor stale across a system call, and the same shape on
 * every architecture keeps one design (src/arch/x86_64/hook_call.S says
 * why; `br` is predicted as an indirect branch, not from the return
 * stack).
 *
 * The frame (src/hook_frame.h) is JS__CALL_SIZE bytes of stack; the
 * return address waits in x19, saved (with x20, for alignment) above it.
 * No write is recorded in the link-time set here: only the trace asks
 * for one, and records it (src/trace/hook.c).  The CFI, in .debug_frame,
 * is for debuggers' backtraces (src/arch/x86_64/hook_call.S). */
#include <libjs/arch/aarch64/nr.h>
#include "../../hook_frame.h"

	.cfi_sections .debug_frame
	.text
	.globl	js__hook_vdso
	.hidden	js__hook_vdso
	.type	js__hook_vdso, %function
js__hook_vdso:				/* nr, a, b, c, the vDSO function */
	.cfi_startproc
	mov	x7, x4
	mov	x4, #0
	mov	x5, #0
	mov	x6, #0
	b	2f
	.cfi_endproc
	.size	js__hook_vdso, . - js__hook_vdso

	.globl	js__hook_call6
	.hidden	js__hook_call6
	.type	js__hook_call6, %function
js__hook_call6:
	.cfi_startproc
	b	1f
	.cfi_endproc
	.size	js__hook_call6, . - js__hook_call6

	.globl	js__hook_call5
	.hidden	js__hook_call5
	.type	js__hook_call5, %function
js__hook_call5:
	.cfi_startproc
	mov	x6, #0
1:	mov	x7, #0			/* no vDSO function */
2:	stp	x19, x20, [sp, #-16]!
	.cfi_def_cfa_offset 16
	.cfi_offset x19, -16
	.cfi_offset x20, -8
	mov	x19, x30		/* the return address */
	.cfi_register x30, x19
	sub	sp, sp, #JS__CALL_SIZE
	.cfi_def_cfa_offset JS__CALL_SIZE + 16
	str	x7, [sp, #JS__CALL_VIA]
	str	x0, [sp, #JS__CALL_NR]
	stp	x1, x2, [sp, #JS__CALL_A]
	stp	x3, x4, [sp, #JS__CALL_A + 16]
	stp	x5, x6, [sp, #JS__CALL_A + 32]
	mov	x0, sp
	bl	js__call_enter
	cbz	w0, 3f			/* answered without this system call */
	ldr	x8, [sp, #JS__CALL_NR]
	ldp	x0, x1, [sp, #JS__CALL_A]
	ldp	x2, x3, [sp, #JS__CALL_A + 16]
	ldp	x4, x5, [sp, #JS__CALL_A + 32]
	svc	#0
	str	x0, [sp, #JS__CALL_RET]
	mov	x0, sp
	bl	js__call_leave
3:	ldr	x2, [sp, #JS__CALL_OUTN]
	cbz	x2, 4f
	ldr	x0, [sp, #JS__CALL_FD]
	ldr	x1, [sp, #JS__CALL_OUT]
	mov	x8, #JS_NR_write
	svc	#0
4:	ldr	x0, [sp, #JS__CALL_RET]
	add	sp, sp, #JS__CALL_SIZE
	.cfi_def_cfa_offset 16
	mov	x16, x19
	.cfi_register x30, x16
	ldp	x19, x20, [sp], #16
	.cfi_def_cfa_offset 0
	.cfi_restore x19
	.cfi_restore x20
	br	x16
	.cfi_endproc
	.size	js__hook_call5, . - js__hook_call5
	.section .note.GNU-stack, "", %progbits
