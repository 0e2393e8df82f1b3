/* The freestanding program every build system builds with CC=libjs-cc
 * (tests/sh/test_buildsys.sh). */
#include <libjs/libjs.h>

int main(void)
{
	return js_write_str(1, "hello from " JS_VERSION "\n") < 0;
}
