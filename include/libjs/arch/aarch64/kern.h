/* aarch64 ptrace details: the general registers PTRACE_GETREGSET with
 * JS_NT_PRSTATUS reads and writes (aarch64 has no PTRACE_GETREGS), and
 * the requests only arm64 has (arch/arm64/include/uapi/asm/ptrace.h). */
#ifndef LIBJS_ARCH_AARCH64_KERN_H
#define LIBJS_ARCH_AARCH64_KERN_H

/* struct user_pt_regs (asm/ptrace.h; glibc's <sys/user.h> calls it
 * struct user_regs_struct): x0-x30, sp, pc, pstate, 272 bytes. */
struct js_user_regs {
	unsigned long regs[31];
	unsigned long sp;
	unsigned long pc;
	unsigned long pstate;
};
/* The program counter and stack pointer, by the same name everywhere. */
#define JS_USER_REGS_PC(r) ((r)->pc)
#define JS_USER_REGS_SP(r) ((r)->sp)

#define JS_PTRACE_SYSEMU            31
#define JS_PTRACE_SYSEMU_SINGLESTEP 32
#define JS_PTRACE_PEEKMTETAGS       33
#define JS_PTRACE_POKEMTETAGS       34

/* arm64's register-set note types (include/uapi/linux/elf.h). */
#define JS_NT_ARM_VFP               0x400
#define JS_NT_ARM_TLS               0x401
#define JS_NT_ARM_HW_BREAK          0x402
#define JS_NT_ARM_HW_WATCH          0x403
#define JS_NT_ARM_SYSTEM_CALL       0x404
#define JS_NT_ARM_SVE               0x405
#define JS_NT_ARM_PAC_MASK          0x406
#define JS_NT_ARM_PACA_KEYS         0x407
#define JS_NT_ARM_PACG_KEYS         0x408
#define JS_NT_ARM_TAGGED_ADDR_CTRL  0x409
#define JS_NT_ARM_PAC_ENABLED_KEYS  0x40a
#define JS_NT_ARM_SSVE              0x40b
#define JS_NT_ARM_ZA                0x40c

#endif
