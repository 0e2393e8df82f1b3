/* vfork(2) on riscv64, which has no vfork syscall: clone(CLONE_VM |
 * CLONE_VFORK | SIGCHLD).  Assembly for the reason given in
 * aarch64/vfork.S: nothing here touches the shared stack before the
 * parent resumes; then, when tracing is on, it reports the call to
 * js__asm_trace (see x86_64/vfork.S). */
#include <libjs/arch/riscv64/nr.h>
#include "../../sc_rec.h"

	.text
	.globl	js_vfork
	.type	js_vfork, @function
js_vfork:
	JS_SC_REC JS_NR_clone
	lla	t0, js__tid_unsure	/* src/call.h */
	li	t1, 1
	sw	t1, 0(t0)
	li	a0, 0x4111		/* CLONE_VM | CLONE_VFORK | SIGCHLD */
	li	a1, 0
	li	a2, 0
	li	a3, 0
	li	a4, 0
	li	a7, JS_NR_clone
	ecall
	beqz	a0, 1f			/* the child */
	lla	t0, js__asm_trace
	ld	t1, 0(t0)
	beqz	t1, 1f
	addi	sp, sp, -16
	sd	ra, 8(sp)
	sd	a0, 0(sp)
	li	a1, JS_NR_clone		/* ret in a0, nr, then clone's arguments */
	li	a2, 0x4111
	li	a3, 0
	li	a4, 0
	li	a5, 0
	li	a6, 0
	jalr	t1
	ld	a0, 0(sp)
	ld	ra, 8(sp)
	addi	sp, sp, 16
1:	ret
	.size	js_vfork, . - js_vfork
	.section .note.GNU-stack, "", @progbits
