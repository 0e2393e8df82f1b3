/* js__hook_call5, js__hook_call6 and js__hook_vdso (src/call.h): a
 * wrapper's rare path, taken while js__hook is set.  The system call and
 * the trace line's write are made here, between calls to C that make none
 * (js__call_enter decides, js__call_leave formats the line:
 * src/sys/hook.c), and the wrapper is resumed by an indirect jump, not a return: the
 * kernel leaves the return predictor stale (SRSO's safe RET, RSB
 * filling), so a `ret` whose `call` came before a system call is
 * mispredicted, about 50 ns on the bench machine, a third of a traced
 * line's cost (docs/tracing.md, "Cost").  An indirect jump is predicted
 * from the branch target buffer, which the kernel leaves alone.
 *
 * The frame (src/hook_frame.h) is JS__CALL_SIZE bytes of stack; the
 * return address waits in rbx, saved below it.  No write is recorded in
 * the link-time set here: only the trace asks for one, and records it
 * (src/trace/hook.c).
 *
 * The CFI says where the return address is at each step (in r11, then
 * rbx, then rcx: never on the stack), so that a debugger's backtrace
 * from a traced call blocked in the kernel reaches the caller.  In
 * .debug_frame, which strip removes, like the rest of libjs's code,
 * which has no unwind tables. */
#include <libjs/arch/x86_64/nr.h>
#include "../../hook_frame.h"

	.cfi_sections .debug_frame
	.text
	.globl	js__hook_vdso
	.hidden	js__hook_vdso
	.type	js__hook_vdso, @function
js__hook_vdso:				/* nr, a, b, c, the vDSO function */
	.cfi_startproc
	mov	%r8, %r10
	xor	%r8d, %r8d
	xor	%r9d, %r9d
	xor	%eax, %eax
	jmp	2f
	.cfi_endproc
	.size	js__hook_vdso, . - js__hook_vdso

	.globl	js__hook_call6
	.hidden	js__hook_call6
	.type	js__hook_call6, @function
js__hook_call6:
	.cfi_startproc
	mov	8(%rsp), %rax		/* f, the seventh argument */
	jmp	1f
	.cfi_endproc
	.size	js__hook_call6, . - js__hook_call6

	/* Both alignments are measured, not derived: on the bench machine
	 * (AMD, SRSO safe RET without microcode) the kernel's own time per
	 * traced call moved by some 80 ns with where the stub's system calls
	 * and its last jump fell in their 64-byte lines.  This placement was
	 * the fast one in every build tried (-O1, -Os, -O2, -O3, and the stub
	 * moved by 0 to 2,048 bytes: 33 to 38 ms by mean for 100,000 traced
	 * getppid calls, against 42 to 45 ms for the slow placements); an
	 * unaligned stub was fast or slow by build.  The cost: up
	 * to 126 bytes of padding, executed only as the nops after the
	 * line's write. */
	.p2align 6
	.globl	js__hook_call5
	.hidden	js__hook_call5
	.type	js__hook_call5, @function
js__hook_call5:
	.cfi_startproc
	xor	%eax, %eax
1:	xor	%r10d, %r10d		/* no vDSO function */
2:	pop	%r11			/* the return address */
	.cfi_def_cfa_offset 0
	.cfi_register %rip, %r11
	push	%rbx
	.cfi_def_cfa_offset 8
	.cfi_offset %rbx, -8
	mov	%r11, %rbx
	.cfi_register %rip, %rbx
	sub	$JS__CALL_SIZE + 8, %rsp	/* 16-byte aligned for the calls */
	.cfi_def_cfa_offset JS__CALL_SIZE + 16
	mov	%r10, JS__CALL_VIA(%rsp)
	mov	%rdi, JS__CALL_NR(%rsp)
	mov	%rsi, JS__CALL_A(%rsp)
	mov	%rdx, JS__CALL_A + 8(%rsp)
	mov	%rcx, JS__CALL_A + 16(%rsp)
	mov	%r8, JS__CALL_A + 24(%rsp)
	mov	%r9, JS__CALL_A + 32(%rsp)
	mov	%rax, JS__CALL_A + 40(%rsp)
	mov	%rsp, %rdi
	call	js__call_enter
	test	%eax, %eax
	jz	3f			/* answered without this system call */
	mov	JS__CALL_NR(%rsp), %rax
	mov	JS__CALL_A(%rsp), %rdi
	mov	JS__CALL_A + 8(%rsp), %rsi
	mov	JS__CALL_A + 16(%rsp), %rdx
	mov	JS__CALL_A + 24(%rsp), %r10
	mov	JS__CALL_A + 32(%rsp), %r8
	mov	JS__CALL_A + 40(%rsp), %r9
	syscall
	mov	%rax, JS__CALL_RET(%rsp)
	mov	%rsp, %rdi
	call	js__call_leave
3:	mov	JS__CALL_OUTN(%rsp), %rdx
	test	%rdx, %rdx
	jz	4f
	mov	JS__CALL_FD(%rsp), %rdi
	mov	JS__CALL_OUT(%rsp), %rsi
	mov	$JS_NR_write, %eax
	syscall
	.p2align 6
4:	mov	JS__CALL_RET(%rsp), %rax
	add	$JS__CALL_SIZE + 8, %rsp
	.cfi_def_cfa_offset 8
	mov	%rbx, %rcx
	.cfi_register %rip, %rcx
	pop	%rbx
	.cfi_def_cfa_offset 0
	.cfi_restore %rbx
	jmp	*%rcx
	.cfi_endproc
	.size	js__hook_call5, . - js__hook_call5
	.section .note.GNU-stack, "", @progbits
