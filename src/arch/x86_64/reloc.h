/* x86_64 relocations the start code applies (elf.h): a static-pie link
 * leaves R_X86_64_RELATIVE (8), *(base + r_offset) = base + r_addend, and
 * any static link with an ifunc leaves R_X86_64_IRELATIVE (37),
 * *(base + r_offset) = resolver(), the resolver at base + r_addend.  An
 * x86_64 resolver takes no argument (glibc's dl-irel.h calls it so; gcc's
 * target_clones resolvers read cpuid themselves). */
#ifndef LIBJS_ARCH_X86_64_RELOC_H
#define LIBJS_ARCH_X86_64_RELOC_H
#define JS_R_RELATIVE 8
#define JS_R_IRELATIVE 37

/* aux(type) looks a type up in the auxiliary vector (unused here). */
#define JS_IFUNC_CALL(fn, aux) (((unsigned long (*)(void))(fn))())
#endif
