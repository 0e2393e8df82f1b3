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
/* Named here, not only through sys.h, so that a test on another
 * architecture may include this file (tests/host/test_vdso_elf_layout.c). */
#include <libjs/arch/riscv64/nr_arch_new.h>
#include <libjs/arch/riscv64/calls.h>
#include <libjs/sandbox.h>

/* riscv_hwprobe(2) with __riscv_hwprobe's contract: 0, or a positive error
 * number.  The number and struct js_riscv_hwprobe are the public ones
 * (include/libjs/arch/riscv64/nr_arch_new.h and calls.h, js_riscv_hwprobe);
 * this copy is untraced because the start code runs it before the trace
 * hook may be looked at.  Static: only the start code takes its address,
 * to hand it to resolvers. */
static inline int js__riscv_hwprobe(struct js_riscv_hwprobe *pairs, unsigned long pair_count,
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
