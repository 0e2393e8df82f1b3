/* js_clone_fn(fn, stack, flags, arg, parent_tid, tls, child_tid) on
 * aarch64: see x86_64/clone_fn.S.  The raw clone order here is flags,
 * stack, parent_tid, tls, child_tid.
 * Arguments: x0 fn, x1 stack, x2 flags, x3 arg, x4 parent_tid, x5 tls,
 * x6 child_tid.  The parent reports the call to js__asm_trace when
 * tracing is on (flags kept in x7: a system call preserves every register
 * but x0). */
#include <libjs/arch/aarch64/nr.h>
#include "../../sc_rec.h"

	.text
	.globl	js_clone_fn
	.type	js_clone_fn, %function
js_clone_fn:
	JS_SC_REC JS_NR_clone
	JS_SC_REC JS_NR_exit
	cbz	x0, 1f
	cbz	x1, 1f
	adrp	x9, js__tid_unsure	/* src/call.h */
	mov	w10, #1
	str	w10, [x9, :lo12:js__tid_unsure]
	and	x1, x1, #-16
	stp	x0, x3, [x1, #-16]!	/* fn and arg on the child's stack */
	mov	x0, x2
	mov	x7, x2
	mov	x2, x4
	mov	x3, x5
	mov	x4, x6
	mov	x8, #JS_NR_clone
	svc	#0
	cbz	x0, 2f
	adrp	x9, js__asm_trace
	ldr	x9, [x9, :lo12:js__asm_trace]
	cbz	x9, 3f
	stp	x29, x30, [sp, #-32]!
	str	x0, [sp, #16]
	mov	x6, x4			/* ret, nr, flags, stack, parent_tid, */
	mov	x5, x3			/* tls, child_tid */
	mov	x4, x2
	mov	x3, x1
	mov	x2, x7
	mov	x1, #JS_NR_clone
	blr	x9
	ldr	x0, [sp, #16]
	ldp	x29, x30, [sp], #32
3:	ret
1:	mov	x0, #-22
	ret
2:	/* The child: sp is the 16-byte aligned stack prepared above. */
	ldp	x1, x0, [sp], #16
	mov	x29, #0
	mov	x30, #0
	blr	x1
	mov	x8, #JS_NR_exit
	svc	#0
	brk	#0
	.size	js_clone_fn, . - js_clone_fn
	.section .note.GNU-stack, "", %progbits
