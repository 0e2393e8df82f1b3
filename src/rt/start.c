/* The C half of the program entry (crt1.o).  Kept tiny: hello's whole run
 * is this, main, one write and exit_group. */
#include <libjs/proc.h>
#include "reloc.h"

/* 1 in rcrt1.o (static-pie), 0 in crt1.o. */
#ifndef JS_STATIC_PIE
#define JS_STATIC_PIE 0
#endif

int main(int argc, char **argv, char **envp);

/* env.c's js__env_init replaces this one when the program links something
 * that reads the environment (js_getenv, js_getauxval, and the trace
 * switches, which env.c starts in turn); a program that uses none of them
 * pays one call to an empty function and carries none of that code.  A
 * weak definition rather than a weak reference: an undefined weak symbol
 * may be 0, which aarch64 compilers can only reach through the GOT, and
 * that GOT alone is a 64 KiB-aligned data segment in an otherwise
 * text-only binary. */
__attribute__((weak)) void js__env_init(char **envp)
{
	(void)envp;
}

/* Self-relocation for static-pie (ELF gABI, "Relocation"), before anything
 * reads a pointer from data or the GOT: until it is done only hidden
 * symbols, reached PC-relative, are touched. */
struct elf_dyn { long tag; unsigned long val; };
struct elf_rela { unsigned long offset, info; long addend; };
/* Not weak: a weak undefined symbol may be 0, so the compiler would load
 * its address from the GOT, which is exactly what is not relocated yet.
 * Both always exist in a static-pie link; crt1.o never references them
 * (relocate() is compiled out there). */
extern const struct elf_dyn _DYNAMIC[] __attribute__((visibility("hidden")));
extern const char __ehdr_start[] __attribute__((visibility("hidden")));

#define DT_NULL 0
#define DT_RELA 7
#define DT_RELASZ 8

static void relocate(void)
{
	unsigned long base = (unsigned long)__ehdr_start, rela = 0, size = 0;
	const struct elf_dyn *d;

	for (d = _DYNAMIC; d->tag != DT_NULL; d++) {
		if (d->tag == DT_RELA)
			rela = d->val;
		else if (d->tag == DT_RELASZ)
			size = d->val;
	}
	for (unsigned long i = 0; i < size / sizeof(struct elf_rela); i++) {
		const struct elf_rela *r = (const struct elf_rela *)(base + rela) + i;

		if ((r->info & 0xffffffff) == JS_R_RELATIVE)
			*(unsigned long *)(base + r->offset) = base + (unsigned long)r->addend;
	}
}

__attribute__((used, noreturn)) void js__start_c(long *sp)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);
	char **envp = argv + argc + 1;

	/* rcrt1.o relocates; crt1.o carries no such code. */
	if (JS_STATIC_PIE)
		relocate();
	js__env_init(envp);
	js_exit_group(main(argc, argv, envp));
}
