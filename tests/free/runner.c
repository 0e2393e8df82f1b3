#include "runner.h"

static int failed_now;

static unsigned long len(const char *s)
{
	unsigned long n = 0;

	while (s && s[n])
		n++;
	return n;
}

void jt_puts(const char *s)
{
	js_write_all(1, s ? s : "(null)", s ? len(s) : 6);
}

void jt_putl(long v)
{
	char b[24], *p = b + sizeof b;
	unsigned long u = v < 0 ? 0 - (unsigned long)v : (unsigned long)v;

	*--p = 0;
	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		*--p = '-';
	jt_puts(p);
}

int jt_streq(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

static void fail_at(const char *file, int line)
{
	failed_now = 1;
	jt_puts("  FAIL ");
	jt_puts(file);
	jt_puts(":");
	jt_putl(line);
	jt_puts(": ");
}

void jt_check(int ok, const char *expr, const char *file, int line)
{
	if (ok)
		return;
	fail_at(file, line);
	jt_puts(expr);
	jt_puts("\n");
}

void jt_check_eq(long a, long b, const char *ea, const char *eb,
		 const char *file, int line)
{
	if (a == b)
		return;
	fail_at(file, line);
	jt_puts(ea);
	jt_puts(" == ");
	jt_puts(eb);
	jt_puts(": ");
	jt_putl(a);
	if (a < 0 && a > -4096) {
		jt_puts(" (");
		jt_puts(js_errname(a));
		jt_puts(")");
	}
	jt_puts(" != ");
	jt_putl(b);
	jt_puts("\n");
}

void jt_check_str(const char *a, const char *b, const char *ea,
		  const char *eb, const char *file, int line)
{
	if (jt_streq(a, b))
		return;
	fail_at(file, line);
	jt_puts(ea);
	jt_puts(" == ");
	jt_puts(eb);
	jt_puts(": \"");
	jt_puts(a);
	jt_puts("\" != \"");
	jt_puts(b);
	jt_puts("\"\n");
}

/* A case that cannot run here (a call qemu-user lacks,
 * docs/architectures.md) says why and counts as neither pass nor fail. */
static const char *skipped_now;

void jt_not_run(const char *why)
{
	skipped_now = why;
}

int jt_kernel_before(int major, int minor)
{
	static struct js_utsname u;
	const char *r = u.release;
	long v[2] = { 0, 0 };

	if (!u.release[0] && js_uname(&u) < 0)
		return 0;
	for (int i = 0; i < 2; i++) {
		while (*r >= '0' && *r <= '9')
			v[i] = v[i] * 10 + (*r++ - '0');
		if (*r == '.')
			r++;
	}
	return v[0] < major || (v[0] == major && v[1] < minor);
}

int jt_run(const struct jt_case *cases, int n)
{
	int pass = 0, fail = 0, skip = 0;

	for (int i = 0; i < n; i++) {
		failed_now = 0;
		skipped_now = 0;
		cases[i].fn();
		jt_puts(failed_now ? "FAIL " : skipped_now ? "not run " : "ok   ");
		jt_puts(cases[i].name);
		if (skipped_now && !failed_now) {
			jt_puts(": ");
			jt_puts(skipped_now);
		}
		jt_puts("\n");
		if (failed_now)
			fail++;
		else if (skipped_now)
			skip++;
		else
			pass++;
	}
	jt_putl(pass);
	jt_puts(" passed, ");
	jt_putl(fail);
	jt_puts(" failed");
	if (skip) {
		jt_puts(", ");
		jt_putl(skip);
		jt_puts(" not run");
	}
	jt_puts("\n");
	return fail != 0;
}
