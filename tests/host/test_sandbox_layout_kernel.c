/* sandbox.h against the kernel's own UAPI headers on this machine (the
 * other two architectures: tests/sh/test_sandbox_arch_layout.sh, from the
 * same rows, sandbox_kernel_rows.h). */
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <linux/audit.h>
#include <linux/landlock.h>
#include <linux/capability.h>
#include <linux/prctl.h>
#include <asm/unistd.h>
#include <sys/ioctl.h>
#include "layout.h"
#include <libjs/sandbox.h>

#define SB_SIZE(js, k) LAYOUT_SIZE(js, k), LAYOUT_ALIGN(js, k),
#define SB_FIELD(js, k, m) LAYOUT_FIELD(js, k, m),
#define SB_CONST(ours, theirs) CONST_ROW(ours, theirs),

static void sandbox_rows(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
#include "sandbox_kernel_rows.h"
	};
	check_rows(rows, ARRAY_LEN(rows));
}

/* The build's own seccomp identity and, on x86_64, the x32 bit. */
static void own_arch(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		CONST_ROW(JS_AUDIT_ARCH, AUDIT_ARCH_X86_64),
		CONST_ROW(JS_X32_SYSCALL_BIT, __X32_SYSCALL_BIT),
		CONST_ROW(JS_AUDIT_ARCH_COMPAT, AUDIT_ARCH_I386),
		/* Today's landlock.h: the ABI 4 and 6 members follow
		 * handled_access_fs, 8 bytes each. */
		CONST_ROW(sizeof(struct js_landlock_ruleset_attr), 24),
		CONST_ROW(offsetof(struct js_landlock_ruleset_attr, handled_access_net), 8),
		CONST_ROW(offsetof(struct js_landlock_ruleset_attr, scoped), 16),
		CONST_ROW(sizeof(struct js_landlock_net_port_attr), 16),
		CONST_ROW(offsetof(struct js_landlock_net_port_attr, port), 8),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

/* JS_BPF_STMT/JUMP build what BPF_STMT/JUMP build. */
static void bpf_macros(void **state)
{
	(void)state;
	struct sock_filter k[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 4),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0xc000003e, 1, 2),
	};
	struct js_sock_filter j[] = {
		JS_BPF_STMT(JS_BPF_LD | JS_BPF_W | JS_BPF_ABS, 4),
		JS_BPF_JUMP(JS_BPF_JMP | JS_BPF_JEQ | JS_BPF_K, 0xc000003e, 1, 2),
	};
	assert_memory_equal(k, j, sizeof k);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(sandbox_rows),
		cmocka_unit_test(own_arch),
		cmocka_unit_test(bpf_macros),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
