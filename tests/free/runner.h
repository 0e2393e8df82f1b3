/* The freestanding test runner: no libc, prints one line per failure and
 * a closing "N passed, N failed".  Usage:
 *   static void t_read(void) { CHECK_EQ(js_read(-1, 0, 0), -JS_EBADF); }
 *   JT_MAIN(T(t_read), T(t_write))
 */
#ifndef LIBJS_TESTS_FREE_RUNNER_H
#define LIBJS_TESTS_FREE_RUNNER_H

#include <libjs/libjs.h>

struct jt_case {
	const char *name;
	void (*fn)(void);
};

void jt_check(int ok, const char *expr, const char *file, int line);
void jt_check_eq(long a, long b, const char *ea, const char *eb,
		 const char *file, int line);
void jt_check_str(const char *a, const char *b, const char *ea,
		  const char *eb, const char *file, int line);
int jt_run(const struct jt_case *cases, int n);
/* The current case cannot run here (why: what is missing, and where); it
 * counts as neither passed nor failed.  Only for gaps of an emulator,
 * never to excuse a failure on a real kernel. */
void jt_not_run(const char *why);
/* 1 when the running kernel is older than MAJOR.MINOR (uname's release,
 * "6.1.0-57-amd64" is 6.1).  make check-boot boots Debian 12's 6.1
 * kernels (docs/boot.md): a case whose call or flag a later Linux added
 * asserts the exact error the older kernel gives, then calls jt_not_run
 * naming the version.  Under qemu-user uname is the host's. */
int jt_kernel_before(int major, int minor);
/* Small output helpers for tests that print. */
void jt_puts(const char *s);
void jt_putl(long v);
int jt_streq(const char *a, const char *b);

#define CHECK(e) jt_check(!!(e), #e, __FILE__, __LINE__)
#define CHECK_EQ(a, b) jt_check_eq((long)(a), (long)(b), #a, #b, __FILE__, __LINE__)
#define CHECK_STR(a, b) jt_check_str((a), (b), #a, #b, __FILE__, __LINE__)
#define T(fn) { #fn, fn }
#define JT_MAIN(...)                                                          \
	static const struct jt_case jt_cases[] = { __VA_ARGS__ };             \
	int main(void)                                                        \
	{                                                                     \
		return jt_run(jt_cases, sizeof jt_cases / sizeof jt_cases[0]); \
	}

#endif
