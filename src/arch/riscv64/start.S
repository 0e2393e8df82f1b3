/* Program entry for freestanding libjs programs (crt1.o; not in libjs.a).
 * At entry (RISC-V psABI and the kernel's ELF loader, fs/binfmt_elf.c
 * create_elf_tables): sp points at argc, then argv[], NULL, envp[], NULL,
 * auxv pairs; a0 may hold a function for atexit, which we do not have.
 * ra and fp (s0) are cleared to mark the outermost frame; the psABI wants
 * sp 16-byte aligned, which andi keeps true whatever ran before us.
 *
 * gp: GNU ld relaxes (by default, --relax) any data access within 2 KiB
 * of __global_pointer$ into a single gp-relative instruction in a
 * non-PIE link, so any program crt1.o starts may address its small data
 * through gp; the kernel starts us with gp = 0.  It is therefore loaded
 * here, before the first C code runs.  It must not itself be relaxed into
 * "mv gp, gp" (norelax), and it is PC-relative (lla), so it is also right
 * in a static-pie before self-relocation, where ld does not relax to gp
 * and the load is simply unused. */
	.text
	.globl	_start
	.type	_start, @function
_start:
	.option	push
	.option	norelax
	lla	gp, __global_pointer$
	.option	pop
	li	ra, 0
	li	fp, 0
	mv	a0, sp
	andi	sp, sp, -16
	call	js__start_c
	unimp
	.size	_start, . - _start
	.section .note.GNU-stack, "", @progbits
