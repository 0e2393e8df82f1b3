/* Tries to load a kernel module both ways (finit_module, init_module):
 * prints "failed" or "loaded" for each on stdout (what tests/sh/test_jail.sh
 * compares: a kernel without modules answers ENOSYS, a jail EPERM) and
 * the errors on stderr. */
#include <libjs/libjs.h>

int main(void)
{
	long a = js_syscall(JS_NR_finit_module, -1, "", 0);
	long b = js_syscall(JS_NR_init_module, 0, 0, "");

	js_write_str(1, a < 0 ? "failed " : "loaded ");
	js_write_str(1, b < 0 ? "failed\n" : "loaded\n");
	js_write_str(2, js_errname(a));
	js_write_str(2, " ");
	js_write_str(2, js_errname(b));
	js_write_str(2, "\n");
	return 0;
}
