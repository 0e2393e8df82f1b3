/* x86_64 ptrace details: the general registers PTRACE_GETREGSET with
 * JS_NT_PRSTATUS (and PTRACE_GETREGS) reads and writes, and the requests
 * only x86 has (arch/x86/include/uapi/asm/ptrace-abi.h). */
#ifndef LIBJS_ARCH_X86_64_KERN_H
#define LIBJS_ARCH_X86_64_KERN_H

/* struct user_regs_struct (arch/x86/include/asm/user_64.h; glibc's
 * <sys/user.h> has the same, 27 registers, 216 bytes).  Its first 21
 * words are the UAPI struct pt_regs (asm/ptrace.h). */
struct js_user_regs {
	unsigned long r15, r14, r13, r12, rbp, rbx, r11, r10, r9, r8;
	unsigned long rax, rcx, rdx, rsi, rdi, orig_rax;
	unsigned long rip, cs, eflags, rsp, ss;
	unsigned long fs_base, gs_base;
	unsigned long ds, es, fs, gs;
};
/* The program counter and stack pointer, by the same name everywhere. */
#define JS_USER_REGS_PC(r) ((r)->rip)
#define JS_USER_REGS_SP(r) ((r)->rsp)

#define JS_PTRACE_GETREGS           12
#define JS_PTRACE_SETREGS           13
#define JS_PTRACE_GETFPREGS         14
#define JS_PTRACE_SETFPREGS         15
#define JS_PTRACE_GETFPXREGS        18
#define JS_PTRACE_SETFPXREGS        19
#define JS_PTRACE_OLDSETOPTIONS     21
#define JS_PTRACE_GET_THREAD_AREA   25
#define JS_PTRACE_SET_THREAD_AREA   26
#define JS_PTRACE_ARCH_PRCTL        30
#define JS_PTRACE_SYSEMU            31
#define JS_PTRACE_SYSEMU_SINGLESTEP 32
#define JS_PTRACE_SINGLEBLOCK       33

/* The XSAVE area's note type (include/uapi/linux/elf.h). */
#define JS_NT_X86_XSTATE 0x202

#endif
