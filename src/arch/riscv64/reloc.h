/* riscv64 relocations the start code applies (elf.h; RISC-V ELF psABI):
 * a static-pie link leaves R_RISCV_RELATIVE (3), *(base + r_offset) =
 * base + r_addend, and any static link with an ifunc leaves
 * R_RISCV_IRELATIVE (58), *(base + r_offset) = resolver(...), the
 * resolver at base + r_addend.  The resolver gets what glibc's dl-irel.h
 * passes: AT_HWCAP, then a pointer to a function with __riscv_hwprobe's
 * signature (sys/hwprobe.h), then NULL. */
#ifndef LIBJS_ARCH_RISCV64_RELOC_H
#define LIBJS_ARCH_RISCV64_RELOC_H
#define JS_R_RELATIVE 3
#define JS_R_IRELATIVE 58

#include <libjs/sys.h>
#include <libjs/sandbox.h>

/* riscv_hwprobe(2) (Linux 6.4+; riscv64's own number,
 * __NR_arch_specific_syscall + 14 in asm/unistd.h, absent from the 6.1
 * tables the JS_NR_* lists come from) with __riscv_hwprobe's contract:
 * 0, or a positive error number.  Static: only the start code takes its
 * address, to hand it to resolvers. */
#define JS_NR_riscv_hwprobe 258
static inline int js__riscv_hwprobe(void *pairs, unsigned long pair_count,
				    unsigned long cpu_count, unsigned long *cpus,
				    unsigned int flags)
{
	JS_SANDBOX_ALLOW(JS_NR_riscv_hwprobe); /* the link-time set, sandbox.h */
	return (int)-js_syscall5(JS_NR_riscv_hwprobe, (long)pairs,
				 (long)pair_count, (long)cpu_count, (long)cpus,
				 (long)flags);
}
#define JS_IFUNC_CALL(fn, aux)                                                 \
	(((unsigned long (*)(unsigned long, void *, void *))(fn))(             \
		aux(16), (void *)js__riscv_hwprobe, (void *)0))
#endif
