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
	.section .note.GNU-stack, "", @progbits
