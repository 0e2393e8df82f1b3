/* js_getenv over an environment the test installs (js_env_init): exact
 * names only, the first match wins, and the empty name matches nothing,
 * not an entry "=value" (glibc's getenv("") is NULL too). */
#include "runner.h"

static void t_getenv(void)
{
	char *env[] = { "=empty-name", "A=1", "AB=2", "A=3", "B", "C=", 0 };
	char **saved = js_environ;

	js_environ = env;
	CHECK(js_getenv("") == 0);
	CHECK_STR(js_getenv("A"), "1");
	CHECK_STR(js_getenv("AB"), "2");
	CHECK_STR(js_getenv("C"), "");
	CHECK(js_getenv("B") == 0);
	CHECK(js_getenv("=empty-name") == 0);
	CHECK(js_getenv(0) == 0);
	js_environ = saved;
}

JT_MAIN(T(t_getenv))
