/* js_clone_fn(fn, stack, flags, arg, parent_tid, tls, child_tid) on
 * riscv64: see x86_64/clone_fn.S.  The raw clone order here is flags,
 * stack, parent_tid, tls, child_tid.
 * Arguments: a0 fn, a1 stack, a2 flags, a3 arg, a4 parent_tid, a5 tls,
 * a6 child_tid. */
#include <libjs/arch/riscv64/nr.h>
#include "../../sc_rec.h"

	.text
	.globl	js_clone_fn
	.type	js_clone_fn, @function
js_clone_fn:
	JS_SC_REC JS_NR_clone
	JS_SC_REC JS_NR_exit
	beqz	a0, 1f
	beqz	a1, 1f
	lla	t0, js__tid_unsure	/* src/call.h */
	li	t1, 1
	sw	t1, 0(t0)
	andi	a1, a1, -16
	addi	a1, a1, -16
	sd	a0, 0(a1)		/* fn and arg on the child's stack */
	sd	a3, 8(a1)
	mv	a0, a2
	mv	t2, a2			/* flags, for the trace (ecall keeps t2) */
	mv	a2, a4
	mv	a3, a5
	mv	a4, a6
	li	a7, JS_NR_clone
	ecall
	beqz	a0, 2f
	/* The parent reports the call to js__asm_trace when tracing is on:
	 * ret, nr, flags, stack, parent_tid, tls, child_tid. */
	lla	t0, js__asm_trace
	ld	t1, 0(t0)
	beqz	t1, 3f
	addi	sp, sp, -16
	sd	ra, 8(sp)
	sd	a0, 0(sp)
	mv	a6, a4
	mv	a5, a3
	mv	a4, a2
	mv	a3, a1
	mv	a2, t2
	li	a1, JS_NR_clone
	jalr	t1
	ld	a0, 0(sp)
	ld	ra, 8(sp)
	addi	sp, sp, 16
3:	ret
1:	li	a0, -22
	ret
2:	/* The child: sp is the 16-byte aligned stack prepared above. */
	ld	a1, 0(sp)
	ld	a0, 8(sp)
	addi	sp, sp, 16
	li	s0, 0
	jalr	a1
	li	a7, JS_NR_exit
	ecall
	ebreak
	.size	js_clone_fn, . - js_clone_fn
	.section .note.GNU-stack, "", @progbits
