/* js_getopt against glibc's getopt with POSIXLY_CORRECT (options end at
 * the first operand) on a table of argument vectors: the same results,
 * optind, optarg and optopt after every call. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "host.h"
#include <libjs/libjs.h>

static const struct { const char *opts; const char *argv[8]; } cases[] = {
	{ "ab:c", { "p", "-a", "-b", "x", "-c", "op", NULL } },
	{ "ab:c", { "p", "-abx", "-ca", "--", "-a", NULL } },
	{ "ab:c", { "p", "-acb", "y", "z", NULL } },
	{ "ab:c", { "p", "op", "-a", NULL } },
	{ "ab:c", { "p", "-", "-a", NULL } },
	{ "ab:c", { "p", "-x", "-a", NULL } },
	{ "ab:c", { "p", "-b", NULL } },
	{ ":ab:c", { "p", "-b", NULL } },
	{ ":ab:c", { "p", "-ax", "-b", NULL } },
	{ "+ab:", { "p", "-a", "x", "-b", NULL } },
	{ "ab:", { "p", "-ab", "", "-a", NULL } },
	{ "ab:", { "p", "-b", "-a", "-a", NULL } },
	{ "ab:", { "p", NULL } },
	{ "ab:", { "p", "--", NULL } },
	{ "ab:", { "p", "---", "-a", NULL } },
	{ "a:b", { "p", "-a-b", "-b", "--x", NULL } },
	{ "ab", { "p", "-:", "-a", NULL } },
	{ "ab", { "p", "-a", "-b", "-ba", "-", NULL } },
};

static void table(void **state)
{
	(void)state;
	setenv("POSIXLY_CORRECT", "1", 1);
	opterr = 0;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *argv[8];
		int argc = 0;
		struct js_getopt g = JS_GETOPT_INIT;

		while (cases[i].argv[argc]) {
			argv[argc] = (char *)cases[i].argv[argc];
			argc++;
		}
		argv[argc] = NULL;
		g.err = 0;
		optind = 0;	/* glibc: start over */
		for (int k = 0; k < 10; k++) {
			int gr = getopt(argc, argv, cases[i].opts);
			int jr = js_getopt(&g, argc, argv, cases[i].opts);

			if (gr != jr || optind != g.ind || optarg != g.arg ||
			    (gr == '?' && optopt != g.opt)) {
				print_error("case %zu call %d: glibc %d ind %d arg %s opt %d; libjs %d ind %d arg %s opt %d\n",
					    i, k, gr, optind, optarg ? optarg : "-", optopt,
					    jr, g.ind, g.arg ? g.arg : "-", g.opt);
				fail();
			}
			if (gr == -1)
				break;
		}
	}
}

/* The messages: glibc's text, on fd 2, when err is set. */
static void messages(void **state)
{
	char *argv[] = { "prog", "-x", "-b", NULL };
	struct js_getopt g = JS_GETOPT_INIT;
	int p[2], save = dup(2);
	char buf[200];
	ssize_t n;

	(void)state;
	assert_int_equal(pipe(p), 0);
	dup2(p[1], 2);
	assert_int_equal(js_getopt(&g, 3, argv, "ab:"), '?');
	assert_int_equal(js_getopt(&g, 3, argv, "ab:"), '?');
	dup2(save, 2);
	close(p[1]);
	n = read(p[0], buf, sizeof buf - 1);
	assert_true(n > 0);
	buf[n] = 0;
	assert_string_equal(buf, "prog: invalid option -- 'x'\n"
				 "prog: option requires an argument -- 'b'\n");
	close(p[0]);
	close(save);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(table),
		cmocka_unit_test(messages),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
