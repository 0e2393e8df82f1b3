/* Program entry for freestanding libjs programs (crt1.o; not in libjs.a).
 * At entry (AAPCS64 and the kernel's ELF loader, fs/binfmt_elf.c
 * create_elf_tables): sp points at argc, then argv[], NULL, envp[], NULL,
 * auxv pairs; x0 may hold a function for atexit, which we do not have.
 * The frame pointer and link register are cleared to mark the outermost
 * frame.  AAPCS64 requires sp to be 16-byte aligned at all times; the
 * kernel already gives that, and the `and` keeps it true whatever ran
 * before us.  bl is PC-relative, so this is the same code for crt1.o and
 * rcrt1.o (static-pie). */
	.text
	.globl	_start
	.type	_start, %function
_start:
	mov	x29, #0
	mov	x30, #0
	mov	x0, sp
	and	sp, x0, #-16
	bl	js__start_c
	brk	#0
	.size	_start, . - _start
	.section .note.GNU-stack, "", %progbits
