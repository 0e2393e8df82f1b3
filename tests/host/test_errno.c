/* Errors against glibc: every number the kernel defines has glibc's name
 * and message, either sign; unknown numbers never give NULL. */
#include <errno.h>
#include <string.h>
#include "host.h"
#include <libjs/errno.h>

static void every_errno_matches_glibc(void **state)
{
	(void)state;
	int n = 0;
	for (int e = 1; e < 4096; e++) {
		const char *gname = strerrorname_np(e);
		if (!gname)
			continue;
		n++;
		assert_string_equal(js_strerror(e), strerror(e));
		assert_string_equal(js_strerror(-e), strerror(e));
		assert_string_equal(js_errname(-e), gname);
		assert_string_equal(js_errname(e), gname);
	}
	assert_int_equal(n, 131);
}

static void unknown_numbers_are_not_null(void **state)
{
	(void)state;
	long odd[] = { 41, 58, 134, 4095, -4096, 100000, -2147483648L, 0 };
	for (size_t i = 0; i < sizeof odd / sizeof odd[0]; i++) {
		assert_non_null(js_strerror(odd[i]));
		assert_non_null(js_errname(odd[i]));
	}
	assert_string_equal(js_strerror(0), "Success");
	assert_string_equal(js_strerror(41), "Unknown error");
	assert_string_equal(js_errname(134), "EUNKNOWN");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_errno_matches_glibc),
		cmocka_unit_test(unknown_numbers_are_not_null),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
