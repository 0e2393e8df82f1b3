/* js__hook_call5, js__hook_call6 and js__hook_vdso (src/call.h): a
 * wrapper's rare path, taken while js__hook is set.  The system call and the trace line's
 * write are made here, between calls to C that make none
 * (js__call_enter decides, js__call_leave formats the line: src/sys/hook.c),
 * and the wrapper is resumed by `jr t1`, not `ret`: x86_64's kernel
 * leaves the return predictor stale across a system call, and the same
 * shape on every architecture keeps one design (src/arch/x86_64/hook_call.S
 * says why; a jump through t1, neither ra nor t0, is no return to the
 * return-address stack).
 *
 * The frame (src/hook_frame.h) is JS__CALL_SIZE bytes of stack; the
 * return address waits in s1, saved above it.  No write is recorded in
 * the link-time set here: only the trace asks for one, and records it
 * (src/trace/hook.c).  The CFI, in .debug_frame, is for debuggers'
 * backtraces (src/arch/x86_64/hook_call.S). */
#include <libjs/arch/riscv64/nr.h>
#include "../../hook_frame.h"

	.cfi_sections .debug_frame
	.text
	.globl	js__hook_vdso
	.hidden	js__hook_vdso
	.type	js__hook_vdso, %function
js__hook_vdso:				/* nr, a, b, c, the vDSO function */
	.cfi_startproc
	mv	a7, a4
	li	a4, 0
	li	a5, 0
	li	a6, 0
	j	2f
	.cfi_endproc
	.size	js__hook_vdso, . - js__hook_vdso

	.globl	js__hook_call6
	.hidden	js__hook_call6
	.type	js__hook_call6, %function
js__hook_call6:
	.cfi_startproc
	j	1f
	.cfi_endproc
	.size	js__hook_call6, . - js__hook_call6

	.globl	js__hook_call5
	.hidden	js__hook_call5
	.type	js__hook_call5, %function
js__hook_call5:
	.cfi_startproc
	li	a6, 0
1:	li	a7, 0			/* no vDSO function */
2:	addi	sp, sp, -16
	.cfi_def_cfa_offset 16
	sd	s1, 0(sp)
	.cfi_offset s1, -16
	mv	s1, ra			/* the return address */
	.cfi_register ra, s1
	li	t0, JS__CALL_SIZE
	sub	sp, sp, t0
	.cfi_def_cfa_offset JS__CALL_SIZE + 16
	sd	a7, JS__CALL_VIA(sp)
	sd	a0, JS__CALL_NR(sp)
	sd	a1, JS__CALL_A(sp)
	sd	a2, JS__CALL_A + 8(sp)
	sd	a3, JS__CALL_A + 16(sp)
	sd	a4, JS__CALL_A + 24(sp)
	sd	a5, JS__CALL_A + 32(sp)
	sd	a6, JS__CALL_A + 40(sp)
	mv	a0, sp
	call	js__call_enter
	beqz	a0, 3f			/* answered without this system call */
	ld	a7, JS__CALL_NR(sp)
	ld	a0, JS__CALL_A(sp)
	ld	a1, JS__CALL_A + 8(sp)
	ld	a2, JS__CALL_A + 16(sp)
	ld	a3, JS__CALL_A + 24(sp)
	ld	a4, JS__CALL_A + 32(sp)
	ld	a5, JS__CALL_A + 40(sp)
	ecall
	sd	a0, JS__CALL_RET(sp)
	mv	a0, sp
	call	js__call_leave
3:	ld	a2, JS__CALL_OUTN(sp)
	beqz	a2, 4f
	ld	a0, JS__CALL_FD(sp)
	ld	a1, JS__CALL_OUT(sp)
	li	a7, JS_NR_write
	ecall
4:	ld	a0, JS__CALL_RET(sp)
	li	t0, JS__CALL_SIZE
	add	sp, sp, t0
	.cfi_def_cfa_offset 16
	mv	t1, s1
	.cfi_register ra, t1
	ld	s1, 0(sp)
	.cfi_restore s1
	addi	sp, sp, 16
	.cfi_def_cfa_offset 0
	jr	t1
	.cfi_endproc
	.size	js__hook_call5, . - js__hook_call5
	.section .note.GNU-stack, "", %progbits
