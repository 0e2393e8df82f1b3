/* js_env_init and js_getauxval next to glibc (docs/runtime.md, "The
 * auxiliary vector and the environment"): nothing before the first call;
 * the first call records the vector after the kernel's envp, and later
 * calls with another array (glibc's environ after setenv, on the heap)
 * change js_environ only: js_getauxval keeps reading the kernel's vector
 * (it used to walk past the end of the last array given: a heap overflow
 * under ASan, and wrong values). */
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/auxv.h>
#include "host.h"
#include <libjs/libjs.h>

extern char **environ;
static char **kernel_envp;

/* Every entry as the kernel gave it: /proc/self/auxv is the oracle
 * (glibc's getauxval answers AT_HWCAP with its own mask on x86_64). */
static void same_as_kernel(void)
{
	unsigned long av[256] = { 0 };
	int fd = open("/proc/self/auxv", O_RDONLY);
	ssize_t n = read(fd, av, sizeof av - 2 * sizeof av[0]);

	close(fd);
	assert_true(n > 0);
	for (unsigned long *a = av; a[0] != JS_AT_NULL; a += 2)
		assert_int_equal(js_getauxval(a[0]), a[1]);
	assert_int_equal(js_getauxval(999), 0);
	assert_int_equal(js_getauxval(JS_AT_PAGESZ), getauxval(AT_PAGESZ));
}

static void before_init_nothing(void **state)
{
	(void)state;
	assert_int_equal(js_getauxval(JS_AT_PAGESZ), 0);
	assert_null(js_getenv("PATH"));
}

static void first_call_records(void **state)
{
	(void)state;
	js_env_init(kernel_envp);
	assert_ptr_equal(js_environ, kernel_envp);
	same_as_kernel();
}

static void later_calls_change_environ_only(void **state)
{
	(void)state;
	/* glibc moves environ to the heap: a short array, nothing after it. */
	assert_int_equal(setenv("LIBJS_AUXV_TEST", "1", 1), 0);
	assert_ptr_not_equal(environ, kernel_envp);
	js_env_init(environ);
	assert_ptr_equal(js_environ, environ);
	assert_string_equal(js_getenv("LIBJS_AUXV_TEST"), "1");
	same_as_kernel();
	js_env_init(NULL);
	assert_null(js_environ);
	assert_null(js_getenv("LIBJS_AUXV_TEST"));
	same_as_kernel();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(before_init_nothing),
		cmocka_unit_test(first_call_records),
		cmocka_unit_test(later_calls_change_environ_only),
	};

	kernel_envp = environ;
	return cmocka_run_group_tests(tests, NULL, NULL);
}
