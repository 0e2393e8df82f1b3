/* The trace's decoder dispatch (src/trace/format.c, decode): which
 * domain decoder claims a call is kept per number after the first line,
 * which is right only if every decoder claims a call by its number alone.
 * Checked here for every number up to the kept range, with arguments and
 * results of every kind (zeros, -1, pointers to zeroed and to unmapped
 * memory; success, a count, an error): the claimer never changes.  And a
 * line formatted after the number's claimer is kept is the same as the
 * first. */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include "host.h"
#include <libjs/libjs.h>
#include "../../src/trace/trace.h"

static char buf[65536];

static int claimer(long nr, const long a[6], long ret)
{
	struct js__w w = { buf, buf + sizeof buf - 2 };
	struct js__ctx c = { &w, a, ret, JS_IS_ERR_VALUE(ret), 0, nr, 0, JS__NOPRE, 0 };
	int which = -1;
	int dec = js__dec_claim(&c, &which);

	assert_true(which == 0xff || (which >= 1 && which <= 4));
	assert_int_equal(dec != 0, which != 0xff);
	/* A decoder that does not claim the call writes nothing. */
	if (!dec)
		assert_ptr_equal(w.p, buf);
	return which;
}

static void claims_by_number(void **state)
{
	(void)state;
	long *zero = mmap(0, 1 << 16, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *gone = mmap(0, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	const long z = (long)zero, g = (long)gone;
	const long args[][6] = {
		{ 0, 0, 0, 0, 0, 0 },
		{ -1, -1, -1, -1, -1, -1 },
		{ 3, z, 16, z, z, 0 },
		{ z, z, z, z, z, z },
		{ 1, g, 8, g, g, g },
		{ 0x7fffffff, z, 0x1000, 0x12345, 1, z },
	};
	const long rets[] = { 0, 3, -JS_EINVAL, -JS_EFAULT };
	int decoded = 0;

	assert_true(zero != MAP_FAILED && gone != MAP_FAILED);
	for (long nr = 0; nr < 1024; nr++) {
		int first = claimer(nr, args[0], rets[0]);

		for (size_t i = 0; i < sizeof args / sizeof args[0]; i++)
			for (size_t r = 0; r < sizeof rets / sizeof rets[0]; r++) {
				memset(zero, 0, 1 << 16);
				int k = claimer(nr, args[i], rets[r]);

				if (k != first)
					fail_msg("call %ld: claimed by %d, then by %d (args %zu, ret %ld)",
						 nr, first, k, i, rets[r]);
			}
		decoded += first != 0xff;
	}
	/* Many calls have a decoder; getppid has none. */
	assert_true(decoded >= 150);	/* 175 on x86_64: the rest are table rows */
	assert_int_equal(claimer(JS_NR_getppid, args[0], 1), 0xff);
	assert_int_equal(claimer(JS_NR_socket, args[0], 3), 2);	/* dec_net */
	munmap(zero, 1 << 16);
	munmap(gone, 4096);
}

/* The second line of a number (claimer kept) is the first one again. */
static void kept_claim_same_line(void **state)
{
	(void)state;
	static char first[65536];
	char path[] = "/nonexistent";
	long a[6] = { JS_AT_FDCWD, (long)path, JS_O_RDONLY, 0, 3, 0 };

	for (long nr = 0; nr < 1024; nr++) {
		if (!js_syscall_name(nr) || nr == JS_NR_rt_sigreturn)
			continue;
		js_trace_format(first, sizeof first, nr, a, -JS_ENOENT, 0);
		js_trace_format(buf, sizeof buf, nr, a, -JS_ENOENT, 0);
		assert_string_equal(first, buf);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(claims_by_number),
		cmocka_unit_test(kept_claim_same_line),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
