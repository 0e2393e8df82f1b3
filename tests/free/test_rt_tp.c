/* The thread pointer where each ABI puts it (arch/<arch>/tp_abi.h): with
 * exactly one 8-byte __thread variable, its address is tp plus the ABI's
 * offset (x86_64: -8, aarch64: +16, riscv64: 0); on x86_64 %fs:0 holds tp
 * itself and %fs:0x28 the protector's guard, equal to __stack_chk_guard.
 * The same in a thread js_thread_create made, which has its own block. */
#include <stdint.h>
#include "runner.h"

extern uintptr_t __stack_chk_guard;
#include "tp_abi.h"

static __thread long only = 42;

static int check_here(void)
{
	return (uintptr_t)&only == jt_tp() + (uintptr_t)JT_TLS_OFFSET &&
	       only == 42 && JT_TP_SELF_OK() && JT_TP_GUARD_OK() &&
	       __stack_chk_guard != 0;
}

static void t_main_thread(void)
{
	CHECK((uintptr_t)&only == jt_tp() + (uintptr_t)JT_TLS_OFFSET);
	CHECK_EQ(only, 42);
	CHECK(JT_TP_SELF_OK());
	CHECK(JT_TP_GUARD_OK());
}

static int in_thread(void *main_block)
{
	return check_here() && (void *)&only != main_block;
}

static void t_new_thread(void)
{
	struct js_thread t;
	int ok = 0;

	CHECK_EQ(js_thread_create(&t, in_thread, &only, 0), 0);
	CHECK_EQ(js_thread_join(&t, &ok), 0);
	CHECK_EQ(ok, 1);
}

JT_MAIN(T(t_main_thread), T(t_new_thread))
