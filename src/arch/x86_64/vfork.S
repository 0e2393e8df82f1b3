/* vfork(2).  Written in assembly because the child runs on the parent's
 * stack until it calls execve or _exit: a C wrapper's return would pop the
 * return address, and the child's next call would push its own over it,
 * so the parent, resumed later, would return to wherever the child last
 * called from.  Here the return address is kept in rdx (which the
 * `syscall` instruction preserves) and pushed back by each process after
 * the call.
 *
 * js_vfork does not go through the trace/fault hook (src/call.h): the hook
 * makes the call from a C frame of its own, the very thing that cannot
 * work here.  It is traced all the same: once the parent resumes (the
 * child has exec'd or exited, so the stack is the parent's again), it
 * reports the call to js__asm_trace when tracing is on; the child, as
 * under strace, has no line for it. */
#include <libjs/arch/x86_64/nr.h>
#include "../../sc_rec.h"

	.text
	.globl	js_vfork
	.type	js_vfork, @function
js_vfork:
	JS_SC_REC JS_NR_vfork
	movl	$1, js__tid_unsure(%rip)	/* src/call.h */
	pop	%rdx
	mov	$JS_NR_vfork, %eax
	syscall
	push	%rdx
	test	%rax, %rax
	jz	1f			/* the child */
	mov	js__asm_trace(%rip), %r11
	test	%r11, %r11
	jz	1f
	push	%rax			/* keeps the call's 16-byte alignment too */
	mov	%rax, %rdi		/* ret */
	mov	$JS_NR_vfork, %esi	/* nr, no arguments */
	xor	%edx, %edx
	xor	%ecx, %ecx
	xor	%r8d, %r8d
	xor	%r9d, %r9d
	call	*%r11
	pop	%rax
1:	ret
	.size	js_vfork, . - js_vfork
	.section .note.GNU-stack, "", @progbits
