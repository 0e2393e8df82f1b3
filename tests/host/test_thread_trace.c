/* The tracer's futex names against the kernel's linux/futex.h: every
 * operation constant decodes to its own kernel name (the names come from
 * thread.h's JS_FUTEX_* list, the values from here), and whole futex /
 * futex_waitv lines as strace prints them (the side-by-side run with
 * strace itself is tests/sh/test_thread_trace_vs_strace.sh). */
#include <linux/futex.h>
#include <string.h>
#include "host.h"
#include "../../src/trace/trace.h"
#include <libjs/thread.h>

struct row { int k; unsigned long v; const char *text; };
#define R(k, c) { k, (unsigned long)(c), #c }

static void names_are_the_kernels(void **state)
{
	(void)state;
	static const struct row rows[] = {
		R(K_FUTEXOP, FUTEX_WAIT), R(K_FUTEXOP, FUTEX_WAKE),
		R(K_FUTEXOP, FUTEX_FD), R(K_FUTEXOP, FUTEX_REQUEUE),
		R(K_FUTEXOP, FUTEX_CMP_REQUEUE), R(K_FUTEXOP, FUTEX_WAKE_OP),
		R(K_FUTEXOP, FUTEX_LOCK_PI), R(K_FUTEXOP, FUTEX_UNLOCK_PI),
		R(K_FUTEXOP, FUTEX_TRYLOCK_PI), R(K_FUTEXOP, FUTEX_WAIT_BITSET),
		R(K_FUTEXOP, FUTEX_WAKE_BITSET), R(K_FUTEXOP, FUTEX_WAIT_REQUEUE_PI),
		R(K_FUTEXOP, FUTEX_CMP_REQUEUE_PI), R(K_FUTEXOP, FUTEX_LOCK_PI2),
		R(K_FUTEXOP, FUTEX_WAIT_PRIVATE), R(K_FUTEXOP, FUTEX_WAKE_PRIVATE),
		R(K_FUTEXOP, FUTEX_REQUEUE_PRIVATE), R(K_FUTEXOP, FUTEX_CMP_REQUEUE_PRIVATE),
		R(K_FUTEXOP, FUTEX_WAKE_OP_PRIVATE), R(K_FUTEXOP, FUTEX_LOCK_PI_PRIVATE),
		R(K_FUTEXOP, FUTEX_LOCK_PI2_PRIVATE), R(K_FUTEXOP, FUTEX_UNLOCK_PI_PRIVATE),
		R(K_FUTEXOP, FUTEX_TRYLOCK_PI_PRIVATE), R(K_FUTEXOP, FUTEX_WAIT_BITSET_PRIVATE),
		R(K_FUTEXOP, FUTEX_WAKE_BITSET_PRIVATE),
		R(K_FUTEXOP, FUTEX_WAIT_REQUEUE_PI_PRIVATE),
		R(K_FUTEXOP, FUTEX_CMP_REQUEUE_PI_PRIVATE),
		{ K_FUTEXOP, FUTEX_WAIT_BITSET_PRIVATE | FUTEX_CLOCK_REALTIME,
		  "FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME" },
		{ K_FUTEXOP, FUTEX_WAKE | FUTEX_CLOCK_REALTIME, "0x101 /* FUTEX_??? */" },
		{ K_FUTEXOP, 14, "0xe /* FUTEX_??? */" },
		R(K_FUTEXBITSET, FUTEX_BITSET_MATCH_ANY), { K_FUTEXBITSET, 5, "0x5" },
		R(K_FUTEX2, FUTEX_32), R(K_FUTEX2, FUTEX_PRIVATE_FLAG),
		{ K_FUTEX2, FUTEX_32 | FUTEX_PRIVATE_FLAG, "FUTEX_32|FUTEX_PRIVATE_FLAG" },
		{ K_FUTEX2, 0, "0" }, { K_FUTEX2, 0x100, "0x100 /* FUTEX_??? */" },
		{ K_FUTEXWAKEOP, FUTEX_OP(FUTEX_OP_ANDN, 1, FUTEX_OP_CMP_LE, 2),
		  "FUTEX_OP_ANDN<<28|0x1<<12|FUTEX_OP_CMP_LE<<24|0x2" },
		{ K_FUTEXWAKEOP, FUTEX_OP(FUTEX_OP_OR, 0, FUTEX_OP_CMP_LT, 0),
		  "FUTEX_OP_OR<<28|0<<12|FUTEX_OP_CMP_LT<<24|0" },
	};
	char buf[128];

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct js__w w = { buf, buf + sizeof buf - 2 };

		js__put_flags(&w, rows[i].k, rows[i].v);
		*w.p = 0;
		assert_string_equal(buf, rows[i].text);
	}
}

static void whole_lines(void **state)
{
	(void)state;
	struct js_futex_waitv v = { 3, 0x1000, FUTEX_32, 0 };
	long wait[6] = { 0x1000, FUTEX_WAIT_PRIVATE, 2, 0, 0, 0 };
	long wake[6] = { 0x1000, FUTEX_WAKE_PRIVATE, 1, 0x55, 0x66, 0x77 };
	long waitv[6] = { (long)&v, 1, 0, 0, 1, 0 };
	char buf[256];

	js_trace_format(buf, sizeof buf, JS_NR_futex, wait, -11, 0);
	assert_string_equal(buf, "libjs:syscall futex(0x1000, FUTEX_WAIT_PRIVATE, 2, NULL)"
				 " = -1 EAGAIN (Resource temporarily unavailable)\n");
	js_trace_format(buf, sizeof buf, JS_NR_futex, wake, 1, 0);
	assert_string_equal(buf, "libjs:syscall futex(0x1000, FUTEX_WAKE_PRIVATE, 1) = 1\n");
	js_trace_format(buf, sizeof buf, JS_NR_futex_waitv, waitv, 0, 0);
	assert_string_equal(buf, "libjs:syscall futex_waitv([{val=0x3, uaddr=0x1000, "
				 "flags=FUTEX_32}], 1, 0, NULL, CLOCK_MONOTONIC) = 0\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(names_are_the_kernels),
		cmocka_unit_test(whole_lines),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
