/* x86_64's seccomp identity (linux/audit.h; the values themselves are in
 * sandbox.h, written once for every architecture). */
#ifndef LIBJS_ARCH_X86_64_SANDBOX_H
#define LIBJS_ARCH_X86_64_SANDBOX_H

/* What seccomp_data.arch holds for a native call of this build. */
#define JS_AUDIT_ARCH JS_AUDIT_ARCH_X86_64

/* The x32 ABI enters through the same `syscall` instruction with this bit
 * set in the number (arch/x86/include/uapi/asm/unistd.h
 * __X32_SYSCALL_BIT); seccomp_data.arch is still AUDIT_ARCH_X86_64, so a
 * filter must reject these numbers itself (the filter builder does). */
#define JS_X32_SYSCALL_BIT 0x40000000u
/* The other ABI this kernel answers on the same CPU: i386 `int $0x80`,
 * seen by a filter as AUDIT_ARCH_I386 (a test shows the check rejects it). */
#define JS_AUDIT_ARCH_COMPAT JS_AUDIT_ARCH_I386

#endif
