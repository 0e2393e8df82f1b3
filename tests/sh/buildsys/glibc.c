/* A glibc program that links libjs.a through pkg-config
 * (tests/sh/test_buildsys.sh: CMake's pkg_check_modules, Meson's
 * dependency). */
#include <stdio.h>
#include <libjs/libjs.h>

int main(void)
{
	printf("%s %s\n", js_errname(-JS_ENOENT), JS_VERSION);
	return 0;
}
