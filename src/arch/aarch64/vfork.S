/* vfork(2) on aarch64, which has no vfork syscall: clone(CLONE_VM |
 * CLONE_VFORK | SIGCHLD), the same call the kernel's vfork makes.
 * Assembly because the child runs on the parent's stack until execve or
 * _exit: a C wrapper might save the link register there, and the child
 * would overwrite it.  Here nothing touches the stack until the parent
 * has resumed (the child has exec'd or exited): then, when tracing is
 * on, it reports the call to js__asm_trace (see x86_64/vfork.S). */
#include <libjs/arch/aarch64/nr.h>
#include "../../sc_rec.h"

	.text
	.globl	js_vfork
	.type	js_vfork, %function
js_vfork:
	JS_SC_REC JS_NR_clone
	adrp	x9, js__tid_unsure	/* src/call.h */
	mov	w10, #1
	str	w10, [x9, :lo12:js__tid_unsure]
	mov	x0, #0x4111		/* CLONE_VM | CLONE_VFORK | SIGCHLD */
	mov	x1, #0
	mov	x2, #0
	mov	x3, #0
	mov	x4, #0
	mov	x8, #JS_NR_clone
	svc	#0
	cbz	x0, 1f			/* the child */
	adrp	x9, js__asm_trace
	ldr	x9, [x9, :lo12:js__asm_trace]
	cbz	x9, 1f
	stp	x29, x30, [sp, #-32]!
	str	x0, [sp, #16]
	mov	x1, #JS_NR_clone	/* ret in x0, nr, then clone's arguments */
	mov	x2, #0x4111
	mov	x3, #0
	mov	x4, #0
	mov	x5, #0
	mov	x6, #0
	blr	x9
	ldr	x0, [sp, #16]
	ldp	x29, x30, [sp], #32
1:	ret
	.size	js_vfork, . - js_vfork
	.section .note.GNU-stack, "", %progbits
