/* js_clone_fn(fn, stack, flags, arg, parent_tid, tls, child_tid): clone(2)
 * in the glibc wrapper's form: the child starts on `stack` (the highest
 * address of its stack area), calls fn(arg) and exits with fn's result.
 * Assembly because the child runs on a stack without a caller to return
 * to.  The raw syscall's x86_64 order is flags, stack, parent_tid,
 * child_tid, tls.  Not passed through the trace hook (the hook's C frame
 * would be on the parent's stack, not the child's); the parent reports
 * the call to js__asm_trace itself when tracing is on (src/sys/hook.c),
 * the child, as under strace, has no line for it.
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
	movl	$1, js__tid_unsure(%rip)	/* src/call.h */
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
	mov	js__asm_trace(%rip), %r11
	test	%r11, %r11
	jz	3f
	/* ret, nr, then the raw arguments: flags rdi, stack rsi, parent_tid
	 * rdx, child_tid r10, tls r8 (the seventh, on the stack). */
	push	%rax
	sub	$8, %rsp
	push	%r8
	mov	%r10, %r9
	mov	%rdx, %r8
	mov	%rsi, %rcx
	mov	%rdi, %rdx
	mov	$JS_NR_clone, %esi
	mov	%rax, %rdi
	call	*%r11
	add	$16, %rsp
	pop	%rax
3:	ret
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
