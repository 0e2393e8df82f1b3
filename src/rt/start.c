/* The C half of the program entry (crt1.o, and rcrt1.o for static-pie).
 * In order, before main:
 *   1. static-pie only: apply the RELATIVE relocations (nothing may read a
 *      pointer from data or the GOT before that);
 *   2. AT_SECURE (setuid, setgid, file capabilities): fds 0-2 that are
 *      closed are opened on /dev/null, as glibc does;
 *   3. TLS: the main thread's TLS block and TCB, the thread pointer and
 *      the stack-protector guard, when the program needs them (tls.c);
 *   4. IRELATIVE relocations (ifuncs, target_clones), so resolvers may use
 *      TLS and the protector;
 *   5. the environment and auxiliary vector are recorded, and the trace
 *      switches read, when the program links code that reads them (env.c);
 *   6. libjs-cc --sandbox only: the seccomp filter of the program's
 *      link-time system-call set (sandbox.c);
 *   7. .preinit_array, then .init_array, each entry called as glibc does,
 *      with (argc, argv, envp);
 * then main, then js_program_exit: .fini_array in reverse, exit_group.
 * Kept tiny: a program that uses none of TLS, the protector, ifuncs or the
 * environment carries only steps 2 and 6 and three calls to empty
 * functions besides the entry itself. */
#include <libjs/proc.h>
#include <libjs/fs.h>
#include <libjs/sandbox.h>
#include "rt.h"

/* 1 in rcrt1.o (static-pie), 0 in crt1.o. */
#ifndef JS_STATIC_PIE
#define JS_STATIC_PIE 0
#endif

int main(int argc, char **argv, char **envp);

/* Weak definitions that the library replaces when the program links the
 * code that needs them; a program that uses none pays a call to an empty
 * function and carries none of that code:
 *   js__tls_setup  TLS, TCB and the protector's guard (tls.c, libjs-rt.a:
 *                  libjs-cc links it into a program with a PT_TLS segment,
 *                  the protector and the thread code pull it in);
 *   js__irel_apply IRELATIVE relocations (irel.c, libjs-rt.a: libjs-cc
 *                  links it into a program that has any);
 *   js__env_init   the environment, auxiliary vector and trace switches
 *                  (env.c, libjs.a: js_getenv, js_getauxval, the trace).
 * Weak definitions rather than weak references: an undefined weak symbol
 * may be 0, which aarch64 compilers can only reach through the GOT, and
 * that GOT alone is a 64 KiB-aligned data segment in an otherwise
 * text-only binary. */
__attribute__((weak)) void js__tls_setup(const unsigned long *av, const char *name)
{
	(void)av;
	(void)name;
}

__attribute__((weak)) void js__irel_apply(const unsigned long *av)
{
	(void)av;
}

__attribute__((weak)) void js__env_init(char **envp, const unsigned long *av)
{
	(void)envp;
	(void)av;
}

/* js__sandbox_start: the filter of the link-time set (sandbox.c, in
 * libjs-rt.a, linked by libjs-cc --sandbox). */
__attribute__((weak)) void js__sandbox_start(void)
{
}

/* Static-pie only (rcrt1.o; crt1.o compiles it out): the relocations of
 * one type in the DT_RELA and DT_JMPREL tables (ELF gABI, "Dynamic
 * Section"), RELATIVE (*at = base + addend) before anything reads a
 * pointer from data or the GOT, IRELATIVE (*at = the resolver at
 * base + addend, called as the architecture's reloc.h says) once TLS
 * and the protector are ready.  Until the RELATIVE pass only hidden
 * symbols, reached PC-relative, are touched. */
extern const struct js__elf_dyn _DYNAMIC[] __attribute__((visibility("hidden")));
extern const char __ehdr_start[] __attribute__((visibility("hidden")));

static void relocate(unsigned long type, const unsigned long *av)
{
	unsigned long base = (unsigned long)__ehdr_start, at[2] = { 0, 0 },
		      size[2] = { 0, 0 };
	const struct js__elf_dyn *d;

	for (d = _DYNAMIC; d->d_tag != JS__DT_NULL; d++) {
		if (d->d_tag == JS__DT_RELA)
			at[0] = d->d_val;
		else if (d->d_tag == JS__DT_RELASZ)
			size[0] = d->d_val;
		else if (d->d_tag == JS__DT_JMPREL)
			at[1] = d->d_val;
		else if (d->d_tag == JS__DT_PLTRELSZ)
			size[1] = d->d_val;
	}
	/* Some linkers count .rela.plt in DT_RELASZ too (riscv64's GNU
	 * ld does): then the DT_JMPREL entries are already in the first
	 * range and must not be applied twice (an ifunc resolver would run
	 * twice). */
	if (at[1] >= at[0] && at[1] + size[1] <= at[0] + size[0])
		size[1] = 0;
	for (int t = 0; t < 2; t++) {
		const struct js__elf_rela *r = (const struct js__elf_rela *)(base + at[t]),
			*end = (const struct js__elf_rela *)(base + at[t] + size[t]);

		for (; r < end; r++)
			if ((r->r_info & 0xffffffff) == type)
				*(unsigned long *)(base + r->r_offset) =
					type == JS_R_IRELATIVE ?
						js__ifunc(base + (unsigned long)r->r_addend, av) :
						base + (unsigned long)r->r_addend;
	}
}

/* A closed fd 0, 1 or 2 in a privileged program would be the next file it
 * opens, and what it writes to "stderr" would land there.  /dev/null is
 * opened until an fd above 2 comes back (which is closed again), so every
 * hole among 0-2 is filled, as musl does; if that fails the program ends,
 * as glibc's and musl's do. */
__attribute__((cold, noinline)) static void secure_fds(void)
{
	long fd;

	/* Raw calls record their numbers themselves (JS_SC* does it for the
	 * wrappers): the link-time set, libjs/sandbox.h. */
	JS_SANDBOX_ALLOW(JS_NR_openat);
	JS_SANDBOX_ALLOW(JS_NR_exit_group);
	JS_SANDBOX_ALLOW(JS_NR_close);
	while ((unsigned long)(fd = js_syscall4(JS_NR_openat, JS_AT_FDCWD,
						 (long)"/dev/null",
						 JS_O_RDWR | JS_O_NOFOLLOW, 0)) < 3)
		;
	if (fd < 0)
		js_syscall1(JS_NR_exit_group, 127);
	js_syscall1(JS_NR_close, fd);
}

typedef void (*init_fn)(int, char **, char **);
typedef void (*fini_fn)(void);
extern init_fn __preinit_array_start[] __attribute__((visibility("hidden")));
extern init_fn __preinit_array_end[] __attribute__((visibility("hidden")));
extern init_fn __init_array_start[] __attribute__((visibility("hidden")));
extern init_fn __init_array_end[] __attribute__((visibility("hidden")));
extern fini_fn __fini_array_start[] __attribute__((visibility("hidden")));
extern fini_fn __fini_array_end[] __attribute__((visibility("hidden")));

/* Each destructor's entry is cleared before it runs, so a destructor that
 * itself calls js_program_exit goes on with the remaining ones instead of
 * starting over (.fini_array is in writable memory in a static link). */
__attribute__((noreturn)) void js_program_exit(int status)
{
	for (fini_fn *f = __fini_array_end; f != __fini_array_start;) {
		fini_fn fn = *--f;

		*f = 0;
		if (fn)
			fn();
	}
	js_exit_group(status);
}

/* .preinit_array, then .init_array, with main's arguments taken afresh
 * from the entry's stack for each call (fewer registers to keep across
 * the calls: this is in every program). */
static void run_init(long *sp)
{
	for (init_fn *f = __preinit_array_start; f != __init_array_end; f++) {
		if (f == __preinit_array_end)
			f = __init_array_start;
		if (f == __init_array_end)
			break;
		(*f)((int)sp[0], (char **)(sp + 1), (char **)(sp + 2 + (int)sp[0]));
	}
}

/* Tells the trace that libjs's start code ran (src/trace/hook.c, whose
 * weak 0 this overrides); dropped with the section unless the trace is
 * linked. */
__attribute__((visibility("hidden"))) int js__rt_libjs = 1;

__attribute__((used, noreturn)) void js__start_c(long *sp)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);
	char **envp = argv + argc + 1, **e = envp;
	const unsigned long *av, *a;

	while (*e)
		e++;
	av = (const unsigned long *)(e + 1);
	/* rcrt1.o relocates; crt1.o carries no such code. */
	if (JS_STATIC_PIE)
		relocate(JS_R_RELATIVE, av);
	/* Up to AT_SECURE only (the kernel puts it about two thirds in):
	 * this loop runs in every program. */
	for (a = av; a[0] != JS_AT_SECURE; a += 2)
		if (a[0] == JS_AT_NULL)
			goto unprivileged;
	if (a[1])
		secure_fds();
unprivileged:
	/* argv[0] is NULL when the kernel passed argc == 0. */
	js__tls_setup(av, argv[0]);
	if (JS_STATIC_PIE)
		relocate(JS_R_IRELATIVE, av);
	else
		js__irel_apply(av);
	js__env_init(envp, av);
	js__sandbox_start();
	run_init(sp);
	js_program_exit(main(argc, argv, envp));
}
