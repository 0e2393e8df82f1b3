/* DEBUG parsing against the npm `debug` package's rules (debug/src/
 * common.js enable()/enabled()): the expected answers below are what
 * `require('debug').enable(spec); require('debug').enabled(ns)` gives. */
#include "host.h"
#include <libjs/trace.h>

struct row { const char *spec, *ns; int on; };

static const struct row rows[] = {
	{ "libjs:*", "libjs:syscall", 1 },
	{ "libjs:syscall", "libjs:syscall", 1 },
	{ "*", "libjs:syscall", 1 },
	{ "libjs", "libjs:syscall", 0 },
	{ "libjs:", "libjs:syscall", 0 },
	{ "libjs:sys", "libjs:syscall", 0 },
	{ "libjs:sys*", "libjs:syscall", 1 },
	{ "*:syscall", "libjs:syscall", 1 },
	{ "l*s:s*l", "libjs:syscall", 1 },
	{ "**", "libjs:syscall", 1 },
	{ "foo,libjs:*", "libjs:syscall", 1 },
	{ "foo libjs:*", "libjs:syscall", 1 },
	{ "foo,, \t libjs:*", "libjs:syscall", 1 },
	{ "*,-libjs:syscall", "libjs:syscall", 0 },
	{ "*,-libjs:*", "libjs:syscall", 0 },
	{ "-libjs:*,*", "libjs:syscall", 0 },	/* exclusions win, any order */
	{ "*,-foo", "libjs:syscall", 1 },
	{ "-*", "libjs:syscall", 0 },
	{ "", "libjs:syscall", 0 },
	{ ",", "libjs:syscall", 0 },
	{ "LIBJS:*", "libjs:syscall", 0 },	/* case matters */
	{ "libjs:syscall2", "libjs:syscall", 0 },
	{ "libjs:syscal", "libjs:syscall", 0 },
	{ "libjs:syscall*", "libjs:syscall", 1 },	/* * may match nothing */
	{ "*libjs:syscall", "libjs:syscall", 1 },
	{ "a*b*c", "abxbc", 1 },
	{ "a*b*c", "abxbd", 0 },
	{ "a*bc", "abcbc", 1 },
};

static void debug_rules(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		int on = js_debug_enabled(rows[i].spec, rows[i].ns);

		if (on != rows[i].on)
			fail_msg("DEBUG='%s' ns %s: %d, want %d", rows[i].spec,
				 rows[i].ns, on, rows[i].on);
	}
}

static void debug_null(void **state)
{
	(void)state;
	assert_int_equal(js_debug_enabled(NULL, "libjs:syscall"), 0);
	assert_int_equal(js_debug_enabled("*", NULL), 0);
}

/* js_trace_init reads DEBUG from the envp it is given, nothing else. */
static void init_from_envp(void **state)
{
	(void)state;
	char *on[] = { "HOME=/", "DEBUG=libjs:*", NULL };
	char *off[] = { "DEBUG=*,-libjs:syscall", NULL };
	char *none[] = { "XDEBUG=libjs:*", "DEBUGX=*", NULL };

	js_trace_set(0, 2);
	assert_int_equal(js_trace_init(none), 0);
	assert_int_equal(js_trace_on(), 0);
	assert_int_equal(js_trace_init(off), 0);
	assert_int_equal(js_trace_on(), 0);
	assert_int_equal(js_trace_init(on), 0);
	assert_int_equal(js_trace_on(), 1);
	js_trace_set(0, 2);
	assert_int_equal(js_trace_on(), 0);
	assert_int_equal(js_trace_init(NULL), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(debug_rules),
		cmocka_unit_test(debug_null),
		cmocka_unit_test(init_from_envp),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
