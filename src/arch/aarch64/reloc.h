/* aarch64 relocations the start code applies (elf.h; ELF for the Arm
 * 64-bit Architecture): a static-pie link leaves R_AARCH64_RELATIVE
 * (1027), *(base + r_offset) = base + r_addend, and any static link with
 * an ifunc leaves R_AARCH64_IRELATIVE (1032), *(base + r_offset) =
 * resolver(...), the resolver at base + r_addend.  The resolver gets what
 * glibc's dl-irel.h passes (sys/ifunc.h): AT_HWCAP with _IFUNC_ARG_HWCAP
 * (bit 62) set, saying the second argument is a __ifunc_arg_t, whose
 * _size says how many of its hwcap words follow. */
#ifndef LIBJS_ARCH_AARCH64_RELOC_H
#define LIBJS_ARCH_AARCH64_RELOC_H
#define JS_R_RELATIVE 1027
#define JS_R_IRELATIVE 1032

#define JS_IFUNC_ARG_HWCAP (1UL << 62)
struct js__ifunc_arg {
	unsigned long size, hwcap, hwcap2, hwcap3, hwcap4;
};
/* AT_HWCAP 16, AT_HWCAP2 26, AT_HWCAP3 29, AT_HWCAP4 30 (linux/auxvec.h). */
#define JS_IFUNC_CALL(fn, aux)                                                 \
	({                                                                     \
		struct js__ifunc_arg a_ = { sizeof a_, aux(16), aux(26),       \
					    aux(29), aux(30) };                \
		((unsigned long (*)(unsigned long, const struct js__ifunc_arg *))(fn))( \
			a_.hwcap | JS_IFUNC_ARG_HWCAP, &a_);                   \
	})
#endif
