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
 * work here.  strace sees it; DEBUG=libjs does not print it. */
#include <libjs/arch/x86_64/nr.h>
#include "../../sc_rec.h"

	.text
	.globl	js_vfork
	.type	js_vfork, @function
js_vfork:
	JS_SC_REC JS_NR_vfork
	pop	%rdx
	mov	$JS_NR_vfork, %eax
	syscall
	push	%rdx
	ret
	.size	js_vfork, . - js_vfork
	.section .note.GNU-stack, "", @progbits
