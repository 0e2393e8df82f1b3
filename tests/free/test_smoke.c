/* Freestanding smoke test: the runtime hands main its arguments and
 * environment, and the error convention holds with no libc linked. */
#include "runner.h"

static void t_write_and_errors(void)
{
	CHECK_EQ(js_write(-1, "x", 1), -JS_EBADF);
	CHECK_STR(js_errname(-JS_ENOENT), "ENOENT");
	CHECK_STR(js_strerror(JS_ENOENT), "No such file or directory");
}

static void t_environment(void)
{
	CHECK(js_environ != 0);
	CHECK(js_getenv("PATH") != 0 || js_getenv("HOME") != 0);
	CHECK_EQ(js_getauxval(JS_AT_PAGESZ), 4096);
	CHECK(js_getauxval(JS_AT_RANDOM) != 0);
	CHECK_EQ(js_getauxval(12345), 0);
}

JT_MAIN(T(t_write_and_errors), T(t_environment))
