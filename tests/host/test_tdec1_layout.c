/* fs.h's tdec1 block (the trace's statfs magic numbers, ioctl requests,
 * struct winsize) against the kernel's headers in the host build too
 * (gcc and clang, and under the sanitizers): tests/sh/
 * tdec1_layout_kernel.c holds the proofs as _Static_asserts
 * (tests/sh/test_tdec1_arch_layout.sh compiles it for all three
 * architectures); here it must compile, and a terminal-less fd answers
 * TIOCGWINSZ as the kernel's ioctl does for glibc. */
#include "../sh/tdec1_layout_kernel.c"
#include "host.h"
#include <unistd.h>

int ioctl(int fd, unsigned long request, ...);	/* glibc's; <sys/ioctl.h> redefines struct winsize */

static void winsize(void **state)
{
	struct js_winsize ws;
	int p[2];

	(void)state;
	assert_int_equal(sizeof ws, 8);
	assert_int_equal(pipe(p), 0);
	assert_int_equal(js_ioctl(p[0], JS_TIOCGWINSZ, &ws), -JS_ENOTTY);
	assert_int_equal(ioctl(p[0], TIOCGWINSZ, &ws), -1);
	close(p[0]);
	close(p[1]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(winsize),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
