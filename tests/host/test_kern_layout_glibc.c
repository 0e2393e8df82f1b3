/* The kernel-tools constants and the register set against glibc's own
 * (<sys/ptrace.h>, <sys/procfs.h>, <sys/mman.h>): code moving from glibc's
 * ptrace to js_ptrace keeps its numbers.  The per-register proof against
 * glibc's struct user_regs_struct is per architecture, in
 * tests/sh/test_kernmem_arch_layout.sh. */
#include <sys/ptrace.h>
#include <sys/procfs.h>
#include <sys/mman.h>
#include "layout.h"
#include <libjs/kern.h>
#include <libjs/mem.h>

#define G(name) CONST_ROW(JS_##name, name)

static void ptrace_constants_match_glibc(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		G(PTRACE_TRACEME), G(PTRACE_PEEKTEXT), G(PTRACE_PEEKDATA),
		G(PTRACE_PEEKUSER), G(PTRACE_POKETEXT), G(PTRACE_POKEDATA),
		G(PTRACE_POKEUSER), G(PTRACE_CONT), G(PTRACE_KILL),
		G(PTRACE_SINGLESTEP), G(PTRACE_ATTACH), G(PTRACE_DETACH),
		G(PTRACE_SYSCALL), G(PTRACE_SETOPTIONS), G(PTRACE_GETEVENTMSG),
		G(PTRACE_GETSIGINFO), G(PTRACE_SETSIGINFO), G(PTRACE_GETREGSET),
		G(PTRACE_SETREGSET), G(PTRACE_SEIZE), G(PTRACE_INTERRUPT),
		G(PTRACE_LISTEN), G(PTRACE_PEEKSIGINFO), G(PTRACE_GETSIGMASK),
		G(PTRACE_SETSIGMASK), G(PTRACE_SECCOMP_GET_FILTER),
		G(PTRACE_SECCOMP_GET_METADATA), G(PTRACE_GET_SYSCALL_INFO),
		G(PTRACE_SYSCALL_INFO_NONE), G(PTRACE_SYSCALL_INFO_ENTRY),
		G(PTRACE_SYSCALL_INFO_EXIT), G(PTRACE_SYSCALL_INFO_SECCOMP),
		G(PTRACE_GET_RSEQ_CONFIGURATION), G(PTRACE_PEEKSIGINFO_SHARED),
		G(PTRACE_EVENT_FORK), G(PTRACE_EVENT_VFORK), G(PTRACE_EVENT_CLONE),
		G(PTRACE_EVENT_EXEC), G(PTRACE_EVENT_VFORK_DONE),
		G(PTRACE_EVENT_EXIT), G(PTRACE_EVENT_SECCOMP), G(PTRACE_EVENT_STOP),
		G(PTRACE_O_TRACESYSGOOD), G(PTRACE_O_TRACEFORK),
		G(PTRACE_O_TRACEVFORK), G(PTRACE_O_TRACECLONE),
		G(PTRACE_O_TRACEEXEC), G(PTRACE_O_TRACEVFORKDONE),
		G(PTRACE_O_TRACEEXIT), G(PTRACE_O_TRACESECCOMP),
		G(PTRACE_O_EXITKILL), G(PTRACE_O_SUSPEND_SECCOMP), G(PTRACE_O_MASK),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

static void mem_constants_match_glibc(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		G(PKEY_DISABLE_ACCESS), G(PKEY_DISABLE_WRITE), G(MLOCK_ONFAULT),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

/* PTRACE_GETREGSET with NT_PRSTATUS fills glibc's elf_gregset_t: the same
 * size as struct js_user_regs on every architecture. */
static void regs_size_matches_glibc(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		{ "sizeof js_user_regs", (long)sizeof(struct js_user_regs), (long)sizeof(elf_gregset_t) },
		{ "alignof js_user_regs", (long)_Alignof(struct js_user_regs), (long)_Alignof(elf_gregset_t) },
	};
	check_rows(rows, ARRAY_LEN(rows));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ptrace_constants_match_glibc),
		cmocka_unit_test(mem_constants_match_glibc),
		cmocka_unit_test(regs_size_matches_glibc),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
