/* DEBUG as the npm `debug` package reads it (debug/src/common.js):
 * patterns split at commas and whitespace, `*` matches any run of
 * characters, a leading `-` makes an exclusion, exclusions win, and a
 * namespace is enabled when some pattern matches it whole. */
#include "trace.h"

static int space(char c)
{
	return c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	       c == '\f' || c == '\v';
}

/* Does the pattern p[0..n) match all of s?  `*` backtracks to the last
 * star only, which is enough for a glob with no other metacharacters. */
static int glob(const char *p, const char *pe, const char *s)
{
	const char *star = 0, *retry = 0;

	while (*s) {
		if (p < pe && *p == '*') {
			star = ++p;
			retry = s;
		} else if (p < pe && *p == *s) {
			p++, s++;
		} else if (star) {
			p = star;
			s = ++retry;
		} else {
			return 0;
		}
	}
	while (p < pe && *p == '*')
		p++;
	return p == pe;
}

int js_debug_enabled(const char *spec, const char *ns)
{
	int on = 0;

	if (!spec || !ns)
		return 0;
	while (*spec) {
		const char *b, *e;
		int neg;

		while (space(*spec))
			spec++;
		if (!*spec)
			break;
		b = spec;
		while (*spec && !space(*spec))
			spec++;
		e = spec;
		neg = *b == '-';
		if (glob(b + neg, e, ns)) {
			if (neg)
				return 0;
			on = 1;
		}
	}
	return on;
}
