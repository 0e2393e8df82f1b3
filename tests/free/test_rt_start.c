/* The program entry on every architecture: main gets argc/argv/envp as
 * the kernel laid them out, the stack is aligned as the ABI requires
 * (16 bytes on x86_64, aarch64 and riscv64), and global data works,
 * including the small data that riscv64's linker turns into gp-relative
 * accesses (which fail unless _start set gp).  Also built as static-pie
 * by tests/sh/test_static_pie.sh, where it checks self-relocation:
 * pointers stored in data must hold run-time addresses. */
#include <stdint.h>
#include "runner.h"

int jt_argc;
char **jt_argv, **jt_envp;
/* Small data on both sides of riscv64's __global_pointer$. */
int small_before[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
int small_counter = 40;
long small_zero;
/* Pointers in data: relocated at start in a static-pie. */
static const char hello[] = "hello";
const char *const ptr_table[3] = { hello, hello + 1, 0 };
int *counter_ptr = &small_counter;

static void t_args(void)
{
	CHECK(jt_argc >= 1);
	CHECK(jt_argv[0] != 0);
	CHECK(jt_argv[jt_argc] == 0);
	CHECK(jt_envp == jt_argv + jt_argc + 1);
	CHECK(js_environ == jt_envp);
}

static void t_stack_aligned(void)
{
	_Alignas(16) volatile char buf[16];

	buf[0] = 1;
	CHECK_EQ((uintptr_t)buf & 15, 0);
	CHECK_EQ((uintptr_t)__builtin_frame_address(0) & 7, 0);
}

static void t_globals(void)
{
	volatile int two = 2;

	small_counter += two;
	small_zero += two;
	CHECK_EQ(small_counter, 42);
	CHECK_EQ(small_zero, 2);
	CHECK_EQ(small_before[7], 8);
	CHECK(counter_ptr == &small_counter);
	CHECK_EQ(*counter_ptr, 42);
	CHECK(ptr_table[0] == hello);
	CHECK_EQ(ptr_table[1][0], 'e');
	CHECK(ptr_table[2] == 0);
}

static const struct jt_case cases[] = { T(t_args), T(t_stack_aligned), T(t_globals) };

int main(int argc, char **argv, char **envp)
{
	jt_argc = argc;
	jt_argv = argv;
	jt_envp = envp;
	return jt_run(cases, sizeof cases / sizeof cases[0]);
}
