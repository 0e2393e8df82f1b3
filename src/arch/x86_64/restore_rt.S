/* The signal return trampoline (js_sigaction's default sa_restorer).
 * On x86_64 the kernel pushes sa_restorer as the handler's return
 * address; when the handler returns here, rsp points at the rt_sigframe's
 * saved context and rt_sigreturn(2) restores it.  No frame, no stack use:
 * nothing may be pushed between the handler's ret and the syscall. */
#include <libjs/arch/x86_64/nr.h>
#include "../../sc_rec.h"

	.text
	.globl	js__restore_rt
	.hidden	js__restore_rt
	.type	js__restore_rt, @function
	/* gdb recognises a signal frame by the bytes of `mov $15,%rax;
	 * syscall` at the return address (amd64-linux-tdep.c), hence the
	 * 64-bit mov.  Unwinders look up return address - 1: the nop keeps
	 * that inside this code. */
	nop
js__restore_rt:
	JS_SC_REC JS_NR_rt_sigreturn
	mov	$JS_NR_rt_sigreturn, %rax
	syscall
	hlt
	.size	js__restore_rt, . - js__restore_rt

/* The same, traced: js_sigaction installs it instead while tracing is on.
 * Before the call it reports rt_sigreturn to js__asm_trace with the
 * result the call will give (the interrupted context's rax) and the
 * signal mask it restores, both read from the ucontext at rsp
 * (arch/x86/include/uapi/asm/ucontext.h and sigcontext.h: uc_mcontext at
 * 40, its rax 104 into it; uc_sigmask at 296).  The call goes below rsp,
 * where only the finished handler's frames were, and rsp is back at the
 * ucontext when the system call is made.  A separate trampoline since
 * gdb and libgcc's unwinder know a signal frame by js__restore_rt's exact
 * bytes at the return address. */
	.globl	js__restore_rt_traced
	.hidden	js__restore_rt_traced
	.type	js__restore_rt_traced, @function
	nop
js__restore_rt_traced:
	JS_SC_REC JS_NR_rt_sigreturn
	mov	js__asm_trace(%rip), %r11
	test	%r11, %r11
	jz	1f
	mov	144(%rsp), %rdi		/* ret */
	mov	$JS_NR_rt_sigreturn, %esi
	lea	296(%rsp), %rdx		/* a[0]: the mask restored */
	xor	%ecx, %ecx
	xor	%r8d, %r8d
	xor	%r9d, %r9d
	and	$-16, %rsp		/* 16-byte aligned for the call: rsp at */
	push	%rdx			/* the ucontext is restored from rdx */
	push	%rdx
	call	*%r11
	pop	%rsp
	sub	$296, %rsp
1:	mov	$JS_NR_rt_sigreturn, %rax
	syscall
	hlt
	.size	js__restore_rt_traced, . - js__restore_rt_traced
	.section .note.GNU-stack, "", @progbits
