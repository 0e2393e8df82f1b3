/* vfork(2) on riscv64, which has no vfork syscall: clone(CLONE_VM |
 * CLONE_VFORK | SIGCHLD).  Assembly for the reason given in
 * aarch64/vfork.S: nothing here touches the shared stack.  Not traced. */
#include <libjs/arch/riscv64/nr.h>
#include "../../sc_rec.h"

	.text
	.globl	js_vfork
	.type	js_vfork, @function
js_vfork:
	JS_SC_REC JS_NR_clone
	li	a0, 0x4111		/* CLONE_VM | CLONE_VFORK | SIGCHLD */
	li	a1, 0
	li	a2, 0
	li	a3, 0
	li	a4, 0
	li	a7, JS_NR_clone
	ecall
	ret
	.size	js_vfork, . - js_vfork
	.section .note.GNU-stack, "", @progbits
