/* thread.h against the kernel's own linux/futex.h on this machine: the
 * struct futex_waitv layout and every futex constant (the other two
 * architectures: tests/sh/test_thread_arch_layout.sh).  The FUTEX2_*
 * names are newer than these headers (Linux 6.7); their values are tied
 * here to the 6.1 names they equal. */
#include <linux/futex.h>
#include "layout.h"
#include <libjs/thread.h>

static void futex_waitv_layout(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		LAYOUT_SIZE(js_futex_waitv, futex_waitv),
		LAYOUT_ALIGN(js_futex_waitv, futex_waitv),
		LAYOUT_FIELD(js_futex_waitv, futex_waitv, val),
		LAYOUT_FIELD(js_futex_waitv, futex_waitv, uaddr),
		LAYOUT_FIELD(js_futex_waitv, futex_waitv, flags),
		LAYOUT_FIELD(js_futex_waitv, futex_waitv, __reserved),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

static void futex_constants(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		CONST_ROW(JS_FUTEX_WAIT, FUTEX_WAIT),
		CONST_ROW(JS_FUTEX_WAKE, FUTEX_WAKE),
		CONST_ROW(JS_FUTEX_FD, FUTEX_FD),
		CONST_ROW(JS_FUTEX_REQUEUE, FUTEX_REQUEUE),
		CONST_ROW(JS_FUTEX_CMP_REQUEUE, FUTEX_CMP_REQUEUE),
		CONST_ROW(JS_FUTEX_WAKE_OP, FUTEX_WAKE_OP),
		CONST_ROW(JS_FUTEX_LOCK_PI, FUTEX_LOCK_PI),
		CONST_ROW(JS_FUTEX_UNLOCK_PI, FUTEX_UNLOCK_PI),
		CONST_ROW(JS_FUTEX_TRYLOCK_PI, FUTEX_TRYLOCK_PI),
		CONST_ROW(JS_FUTEX_WAIT_BITSET, FUTEX_WAIT_BITSET),
		CONST_ROW(JS_FUTEX_WAKE_BITSET, FUTEX_WAKE_BITSET),
		CONST_ROW(JS_FUTEX_WAIT_REQUEUE_PI, FUTEX_WAIT_REQUEUE_PI),
		CONST_ROW(JS_FUTEX_CMP_REQUEUE_PI, FUTEX_CMP_REQUEUE_PI),
		CONST_ROW(JS_FUTEX_LOCK_PI2, FUTEX_LOCK_PI2),
		CONST_ROW(JS_FUTEX_PRIVATE_FLAG, FUTEX_PRIVATE_FLAG),
		CONST_ROW(JS_FUTEX_CLOCK_REALTIME, FUTEX_CLOCK_REALTIME),
		CONST_ROW(JS_FUTEX_CMD_MASK, FUTEX_CMD_MASK),
		CONST_ROW(JS_FUTEX_WAIT_PRIVATE, FUTEX_WAIT_PRIVATE),
		CONST_ROW(JS_FUTEX_WAKE_PRIVATE, FUTEX_WAKE_PRIVATE),
		CONST_ROW(JS_FUTEX_REQUEUE_PRIVATE, FUTEX_REQUEUE_PRIVATE),
		CONST_ROW(JS_FUTEX_CMP_REQUEUE_PRIVATE, FUTEX_CMP_REQUEUE_PRIVATE),
		CONST_ROW(JS_FUTEX_WAKE_OP_PRIVATE, FUTEX_WAKE_OP_PRIVATE),
		CONST_ROW(JS_FUTEX_LOCK_PI_PRIVATE, FUTEX_LOCK_PI_PRIVATE),
		CONST_ROW(JS_FUTEX_LOCK_PI2_PRIVATE, FUTEX_LOCK_PI2_PRIVATE),
		CONST_ROW(JS_FUTEX_UNLOCK_PI_PRIVATE, FUTEX_UNLOCK_PI_PRIVATE),
		CONST_ROW(JS_FUTEX_TRYLOCK_PI_PRIVATE, FUTEX_TRYLOCK_PI_PRIVATE),
		CONST_ROW(JS_FUTEX_WAIT_BITSET_PRIVATE, FUTEX_WAIT_BITSET_PRIVATE),
		CONST_ROW(JS_FUTEX_WAKE_BITSET_PRIVATE, FUTEX_WAKE_BITSET_PRIVATE),
		CONST_ROW(JS_FUTEX_WAIT_REQUEUE_PI_PRIVATE, FUTEX_WAIT_REQUEUE_PI_PRIVATE),
		CONST_ROW(JS_FUTEX_CMP_REQUEUE_PI_PRIVATE, FUTEX_CMP_REQUEUE_PI_PRIVATE),
		CONST_ROW(JS_FUTEX_WAITERS, FUTEX_WAITERS),
		CONST_ROW(JS_FUTEX_OWNER_DIED, FUTEX_OWNER_DIED),
		CONST_ROW(JS_FUTEX_TID_MASK, FUTEX_TID_MASK),
		CONST_ROW(JS_ROBUST_LIST_LIMIT, ROBUST_LIST_LIMIT),
		CONST_ROW(JS_FUTEX_BITSET_MATCH_ANY, FUTEX_BITSET_MATCH_ANY),
		CONST_ROW(JS_FUTEX_OP_SET, FUTEX_OP_SET),
		CONST_ROW(JS_FUTEX_OP_ADD, FUTEX_OP_ADD),
		CONST_ROW(JS_FUTEX_OP_OR, FUTEX_OP_OR),
		CONST_ROW(JS_FUTEX_OP_ANDN, FUTEX_OP_ANDN),
		CONST_ROW(JS_FUTEX_OP_XOR, FUTEX_OP_XOR),
		CONST_ROW(JS_FUTEX_OP_OPARG_SHIFT, FUTEX_OP_OPARG_SHIFT),
		CONST_ROW(JS_FUTEX_OP_CMP_EQ, FUTEX_OP_CMP_EQ),
		CONST_ROW(JS_FUTEX_OP_CMP_NE, FUTEX_OP_CMP_NE),
		CONST_ROW(JS_FUTEX_OP_CMP_LT, FUTEX_OP_CMP_LT),
		CONST_ROW(JS_FUTEX_OP_CMP_LE, FUTEX_OP_CMP_LE),
		CONST_ROW(JS_FUTEX_OP_CMP_GT, FUTEX_OP_CMP_GT),
		CONST_ROW(JS_FUTEX_OP_CMP_GE, FUTEX_OP_CMP_GE),
		CONST_ROW(JS_FUTEX_32, FUTEX_32),
		CONST_ROW(JS_FUTEX_WAITV_MAX, FUTEX_WAITV_MAX),
		/* Linux 6.7's names for the same values. */
		CONST_ROW(JS_FUTEX2_SIZE_U32, FUTEX_32),
		CONST_ROW(JS_FUTEX2_PRIVATE, FUTEX_PRIVATE_FLAG),
		CONST_ROW(JS_FUTEX2_SIZE_MASK & JS_FUTEX2_SIZE_U32, FUTEX_32),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

/* JS_FUTEX_OP packs as FUTEX_OP does, for every field at its limits. */
static void futex_op_encoder(void **state)
{
	(void)state;
	static const unsigned ops[] = { 0, 1, 2, 3, 4, 8, 12, 15 };
	static const unsigned args[] = { 0, 1, 0x123, 0x800, 0xfff };

	for (size_t o = 0; o < ARRAY_LEN(ops); o++)
		for (unsigned cmp = 0; cmp < 16; cmp++)
			for (size_t a = 0; a < ARRAY_LEN(args); a++)
				for (size_t b = 0; b < ARRAY_LEN(args); b++)
					assert_int_equal(JS_FUTEX_OP(ops[o], args[a], cmp, args[b]),
							 (uint32_t)FUTEX_OP(ops[o], args[a], cmp, args[b]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(futex_waitv_layout),
		cmocka_unit_test(futex_constants),
		cmocka_unit_test(futex_op_encoder),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
