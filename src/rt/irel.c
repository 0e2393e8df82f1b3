/* IRELATIVE relocations of a static non-PIE program (libjs-rt.a): what
 * GNU ld puts in .rela.iplt, between the symbols it defines around it,
 * for every ifunc (including gcc's and clang's target_clones).  Each
 * *r_offset = the resolver at r_addend, called as reloc.h says (glibc's
 * arguments for the architecture).  Linked only into a program that has
 * any: libjs-cc relinks such a program with -u js__irel_pull (a symbol still undefined
 * at that point: js__irel_apply is not, the start code defines it weakly),
 * and this
 * strong definition replaces the start code's empty weak one.  (A
 * static-pie applies them in rcrt1.o's own relocation pass.) */
#include "rt.h"

extern const struct js__elf_rela __rela_iplt_start[] __attribute__((visibility("hidden")));
extern const struct js__elf_rela __rela_iplt_end[] __attribute__((visibility("hidden")));

const char js__irel_pull;

void js__irel_apply(const unsigned long *av)
{
	for (const struct js__elf_rela *r = __rela_iplt_start; r < __rela_iplt_end; r++)
		*(unsigned long *)r->r_offset = js__ifunc((unsigned long)r->r_addend, av);
}
