/* bench/trace.sh's loop: argv[1] calls of js_getppid (the cheapest call,
 * so the hook's cost is not hidden by the kernel's work).  With a second
 * argument `w`, each call is followed by a write of a trace-sized line to
 * fd 2: the syscalls tracing adds, without the formatting.  With `r`, each
 * call is made inside a function of its own, which returns after the
 * syscall: what a return through a frame live across a syscall costs, as
 * a C hook's frame would (src/arch/<arch>/hook_call.S avoids it). */
#include <libjs/libjs.h>

__attribute__((noinline)) static long in_a_frame(void)
{
	return js_getppid();
}

int main(int argc, char **argv)
{
	long n = 0;
	const char *p = argc > 1 ? argv[1] : "0";

	while (*p >= '0' && *p <= '9')
		n = n * 10 + (*p++ - '0');
	if (argc > 2 && argv[2][0] == 'r') {
		for (long i = 0; i < n; i++)
			in_a_frame();
		return 0;
	}
	if (argc > 2) {
		for (long i = 0; i < n; i++) {
			js_getppid();
			js_write(2, "libjs:syscall getppid() = 12345\n", 32);
		}
		return 0;
	}
	for (long i = 0; i < n; i++)
		js_getppid();
	return 0;
}
