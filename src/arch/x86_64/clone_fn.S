/* js_clone_fn(fn, stack, flags, arg, parent_tid, tls, child_tid): clone(2)
 * in the glibc wrapper's form: the child starts on `stack` (the highest
 * address of its stack area), calls fn(arg) and exits with fn's result.
 * Assembly because the child runs on a stack without a caller to return
 * to.  The raw syscall's x86_64 order is flags, stack, parent_tid,
 * child_tid, tls.  Not passed through the trace hook (the hook's C frame
 * would be on the parent's stack, not the child's).
 *
 * Arguments: rdi fn, rsi stack, rdx flags, rcx arg, r8 parent_tid,
 * r9 tls, 8(%rsp) child_tid.  Result: the child's TID in the parent, or
 * -errno (-EINVAL when fn or stack is NULL). */
#include <libjs/arch/x86_64/nr.h>
#include "../../sc_rec.h"

	.text
	.globl	js_clone_fn
	.type	js_clone_fn, @function
js_clone_fn:
	JS_SC_REC JS_NR_clone
	JS_SC_REC JS_NR_exit
	test	%rdi, %rdi
	jz	1f
	test	%rsi, %rsi
	jz	1f
	/* fn and arg go on the child's stack: registers other than the
	 * ones the syscall clobbers survive into the child too, but the
	 * stack is the only place not shared with the parent's frame. */
	and	$-16, %rsi
	sub	$16, %rsi
	mov	%rdi, 0(%rsi)
	mov	%rcx, 8(%rsi)
	mov	%rdx, %rdi
	mov	%r8, %rdx
	mov	8(%rsp), %r10
	mov	%r9, %r8
	mov	$JS_NR_clone, %eax
	syscall
	test	%rax, %rax
	jz	2f
	ret
1:	mov	$-22, %rax
	ret
2:	/* The child: rsp is the 16-byte aligned stack we prepared. */
	xor	%ebp, %ebp
	pop	%rax
	pop	%rdi
	call	*%rax
	mov	%eax, %edi
	mov	$JS_NR_exit, %eax
	syscall
	hlt
	.size	js_clone_fn, . - js_clone_fn
	.section .note.GNU-stack, "", @progbits
