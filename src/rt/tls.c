/* The main thread's TLS block and thread control block, and the
 * stack-protector guard (libjs-rt.a).  The program's PT_TLS segment,
 * found through AT_PHDR and AT_PHNUM, is the image; tcb.h lays block and
 * TCB out for the architecture's TLS variant in one anonymous mapping,
 * and tp.h sets the thread pointer.
 *
 * Linked only into programs that need it, so that one without TLS pays
 * nothing: libjs-cc relinks a program whose output has a PT_TLS segment
 * with -u js__tls_pull (a hand-made freestanding link passes that
 * itself), and the protector (ssp.c) and the thread code reference it.
 * Its js__tls_setup then replaces the start code's weak one, which does
 * nothing.  Once linked it always makes a TCB, even without PT_TLS.
 *
 * The guard: the first word of the kernel's 16 random bytes (AT_RANDOM),
 * with its lowest byte zeroed as glibc does, so that a string overflow
 * (which stops at a NUL) cannot write the guard back.  It is stored where
 * the architecture's compilers read it (tp.h): in the TCB at %fs:0x28 on
 * x86_64 (per thread; new threads copy it), and in the global
 * __stack_chk_guard on aarch64 and riscv64 (set on every architecture,
 * for code built with -mstack-protector-guard=global). */
#include <libjs/mem.h>
#include <libjs/sandbox.h>
#include "rt.h"

uintptr_t __stack_chk_guard;
const char *js__prog_name;
/* What pulls this file in: -u js__tls_pull, or a reference to it
 * (JS__NEED_TLS_SETUP).  js__tls_setup itself cannot: the start code's
 * weak definition already satisfies it, and a linker takes an archive
 * member only for a symbol still undefined. */
const char js__tls_pull;

/* The ELF header, where the program was loaded (GNU ld and lld define it
 * when the header is in a loaded segment, as in every static link). */
extern const char __ehdr_start[] __attribute__((visibility("hidden")));

static uintptr_t guard(const unsigned long *av)
{
	const unsigned char *r = (const unsigned char *)js__aux(av, JS_AT_RANDOM);
	uintptr_t g = 0;

	JS_SANDBOX_ALLOW(JS_NR_getrandom); /* the link-time set, sandbox.h */
	if (r)
		for (unsigned i = 0; i < sizeof g; i++)
			g |= (uintptr_t)r[i] << (8 * i);
	else if (js_syscall3(JS_NR_getrandom, (long)&g, sizeof g, 1) != sizeof g)
		g = 0xff0a0000UL; /* no randomness at all: a terminator canary */
	return g & ~(uintptr_t)0xff;
}

void js__tls_setup(const unsigned long *av, const char *name)
{
	const struct js__elf_phdr *ph = (const struct js__elf_phdr *)js__aux(av, JS_AT_PHDR);
	unsigned long n = js__aux(av, JS_AT_PHNUM), base = 0, i;
	struct js__tls_image im = { 0, 0, 0, 1 };
	struct js__tcb *tcb;
	void *m, *tp;

	/* The load bias (0 unless static-pie): where the segment that holds
	 * the ELF header is, less where the link put it. */
	for (i = 0; i < n; i++)
		if (ph[i].p_type == JS__PT_LOAD && ph[i].p_offset == 0)
			base = (unsigned long)__ehdr_start - ph[i].p_vaddr;
	for (i = 0; i < n; i++)
		if (ph[i].p_type == JS__PT_TLS) {
			im.init = (const void *)(base + ph[i].p_vaddr);
			im.filesz = ph[i].p_filesz;
			im.memsz = ph[i].p_memsz;
			im.align = ph[i].p_align ? ph[i].p_align : 1;
		}
	JS_SANDBOX_ALLOW(JS_NR_mmap);
	JS_SANDBOX_ALLOW(JS_NR_exit_group);
	m = (void *)js_syscall6(JS_NR_mmap, 0, (long)js__tls_size(&im),
				JS_PROT_READ | JS_PROT_WRITE,
				JS_MAP_PRIVATE | JS_MAP_ANONYMOUS, -1, 0);
	if (JS_IS_ERR(m))
		js_syscall1(JS_NR_exit_group, 127);
	tp = js__tls_place(m, &im);
	tcb = js__tcb_of(tp);
	__stack_chk_guard = guard(av);
	JS_TCB_SET_GUARD(tcb, __stack_chk_guard);
	/* argv[0] of a privileged program is its caller's choice. */
	js__prog_name = js__aux(av, JS_AT_SECURE) ? 0 : name;
	js__tp_set(tp);
}
