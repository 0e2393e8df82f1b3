/* riscv64 ptrace details: the general registers PTRACE_GETREGSET with
 * JS_NT_PRSTATUS reads and writes (riscv64 has no PTRACE_GETREGS and no
 * requests of its own in Linux 6.1). */
#ifndef LIBJS_ARCH_RISCV64_KERN_H
#define LIBJS_ARCH_RISCV64_KERN_H

/* struct user_regs_struct (arch/riscv/include/uapi/asm/ptrace.h): pc and
 * x1-x31 by their ABI names, 256 bytes (glibc has only elf_gregset_t, the
 * same 32 words). */
struct js_user_regs {
	unsigned long pc, ra, sp, gp, tp, t0, t1, t2, s0, s1;
	unsigned long a0, a1, a2, a3, a4, a5, a6, a7;
	unsigned long s2, s3, s4, s5, s6, s7, s8, s9, s10, s11;
	unsigned long t3, t4, t5, t6;
};
/* The program counter and stack pointer, by the same name everywhere. */
#define JS_USER_REGS_PC(r) ((r)->pc)
#define JS_USER_REGS_SP(r) ((r)->sp)

#endif
