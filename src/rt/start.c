/* The C half of the program entry (crt1.o).  Kept tiny: hello's whole run
 * is this, main, one write and exit_group. */
#include <libjs/proc.h>
#include "reloc.h"

/* 1 in rcrt1.o (static-pie), 0 in crt1.o. */
#ifndef JS_STATIC_PIE
#define JS_STATIC_PIE 0
#endif

int main(int argc, char **argv, char **envp);

/* Present only when the program links something that reads the
 * environment (js_getenv, js_getauxval, and the trace switches, which
 * env.c starts in turn): weak, so a program that uses none of them pays one
 * untaken branch and carries none of that code. */
extern void js__env_init(char **envp) __attribute__((weak));

/* Self-relocation for static-pie (ELF gABI, "Relocation"), before anything
 * reads a pointer from data or the GOT: until it is done only hidden
 * symbols, reached PC-relative, are touched. */
#if JS_STATIC_PIE
struct elf_dyn { long tag; unsigned long val; };
struct elf_rela { unsigned long offset, info; long addend; };
/* Both are defined by the linker in every static-pie link.  Not weak: a
 * weak symbol may be 0, so aarch64 compilers reach it through the GOT,
 * which is exactly what is not yet relocated here; a hidden defined
 * symbol is reached PC-relative on every architecture. */
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
#else
static void relocate(void) {}
#endif

__attribute__((used, noreturn)) void js__start_c(long *sp)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);
	char **envp = argv + argc + 1;

	/* rcrt1.o relocates; crt1.o carries no such code. */
	if (JS_STATIC_PIE)
		relocate();
	if (js__env_init)
		js__env_init(envp);
	js_exit_group(main(argc, argv, envp));
}
