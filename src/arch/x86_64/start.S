/* Program entry for freestanding libjs programs (crt1.o; not in libjs.a).
 * At entry (System V x86_64 ABI, 3.4.1): rsp points at argc, then argv[],
 * NULL, envp[], NULL, auxv pairs; rsp is 16-byte aligned and rdx holds a
 * function for atexit, which we do not have.  rbp is cleared to mark the
 * outermost frame; js__start_c gets the stack pointer and an aligned stack
 * (16 bytes before the call, as the ABI requires at every call). */
	.text
	.globl	_start
	.type	_start, @function
_start:
	xor	%ebp, %ebp
	mov	%rsp, %rdi
	and	$-16, %rsp
	call	js__start_c
	hlt
	.size	_start, . - _start
	.section .note.GNU-stack, "", @progbits
