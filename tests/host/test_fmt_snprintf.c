/* js_snprintf against glibc's snprintf: 240,000 generated (format,
 * arguments, buffer size) cases covering every flag, width, precision
 * (also '*') and length modifier of every integer, character, string and
 * pointer conversion; the output bytes (and the bytes after the buffer,
 * which must stay untouched) and the return values must be identical.
 * Then the choices glibc cannot judge: %n refused, floating point printed
 * as written. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <stdint.h>
#include "host.h"
#include <libjs/libjs.h>

#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#pragma GCC diagnostic ignored "-Wformat-security"
#pragma GCC diagnostic ignored "-Wformat"
#ifndef __clang__
#pragma GCC diagnostic ignored "-Wformat-overflow"
#pragma GCC diagnostic ignored "-Wformat-truncation"
#endif

static uint64_t seed = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return seed;
}
static int pick(int n) { return (int)(rnd() % (uint64_t)n); }

static const long long edges[] = {
	0, 1, -1, 7, 8, 9, 10, 15, 16, 99, 100, 127, 128, 255, 256, -128, -129,
	32767, 32768, 65535, 65536, -32768, INT_MAX, INT_MIN, UINT_MAX,
	(long long)UINT_MAX + 1, LLONG_MAX, LLONG_MIN, 1000000007, -999999999,
	0x123456789abcdefll, 01234567, 4096, 0x7f, 0xdeadbeef,
};

static long long value(void)
{
	switch (pick(4)) {
	case 0: return edges[pick(sizeof edges / sizeof edges[0])];
	case 1: return (long long)rnd();
	case 2: return (long long)(rnd() % 100000) - 50000;
	default: return (long long)(rnd() >> pick(64));
	}
}

static const char *const strs[] = {
	"", "a", "hello", "hello, world", "tab\there", "0123456789abcdefghij", NULL,
	"\xff\x80 high bytes",
};

enum { V_INT, V_LL, V_STR, V_PTR, V_NONE };

static char gbuf[400], jbuf[400];
static unsigned long ncases;

#define CALL(fn, buf, size, f, ns, s1, s2, v)                                 \
	((ns) == 0 ? fn(buf, size, f, v) :                                    \
	 (ns) == 1 ? fn(buf, size, f, s1, v) : fn(buf, size, f, s1, s2, v))

static void one(const char *f, size_t size, int ns, int s1, int s2, int kind,
		long long v, const char *s)
{
	int g, j;

	memset(gbuf, 0xaa, sizeof gbuf);
	memset(jbuf, 0xaa, sizeof jbuf);
	switch (kind) {
	case V_INT:
		g = CALL(snprintf, gbuf, size, f, ns, s1, s2, (int)v);
		j = CALL(js_snprintf, jbuf, size, f, ns, s1, s2, (int)v);
		break;
	case V_LL:
		g = CALL(snprintf, gbuf, size, f, ns, s1, s2, v);
		j = CALL(js_snprintf, jbuf, size, f, ns, s1, s2, v);
		break;
	case V_STR:
		g = CALL(snprintf, gbuf, size, f, ns, s1, s2, s);
		j = CALL(js_snprintf, jbuf, size, f, ns, s1, s2, s);
		break;
	case V_PTR:
		g = CALL(snprintf, gbuf, size, f, ns, s1, s2, (void *)(intptr_t)v);
		j = CALL(js_snprintf, jbuf, size, f, ns, s1, s2, (void *)(intptr_t)v);
		break;
	default:
		g = CALL(snprintf, gbuf, size, f, ns, s1, s2, 0);
		j = CALL(js_snprintf, jbuf, size, f, ns, s1, s2, 0);
		break;
	}
	ncases++;
	if (getenv("JS_SHOW") && ncases % 20000 == 0)
		print_message("%s -> %s\n", f, gbuf);
	if (g != j || memcmp(gbuf, jbuf, sizeof gbuf)) {
		print_error("format \"%s\" size %zu stars %d %d value %lld: glibc %d \"%s\", libjs %d \"%s\"\n",
			    f, size, s1, s2, v, g, size ? gbuf : "", j, size ? jbuf : "");
		fail();
	}
}

static void generated(void **state)
{
	static const char *const lens[] = { "", "hh", "h", "l", "ll", "z", "t", "j" };
	static const char convs[] = "diuxXocsp%";
	static const size_t sizes[] = { 0, 1, 2, 3, 5, 8, 16, 31, 64, 400 };
	int i;

	(void)state;
	for (i = 0; i < 240000; i++) {
		char f[64], *p = f;
		char conv = convs[pick(sizeof convs - 1)];
		int nflags = pick(4), ns = 0, s1 = 0, s2 = 0, kind;
		const char *len = "";
		long long v = value();
		const char *s = strs[pick(sizeof strs / sizeof strs[0])];

		if (pick(3) == 0)
			p += sprintf(p, "ab%%%%");
		*p++ = '%';
		while (nflags--)
			*p++ = "-+ #0"[pick(5)];
		switch (pick(4)) {
		case 0: break;
		case 1: p += sprintf(p, "%d", pick(25)); break;
		case 2: p += sprintf(p, "%d", 1 + pick(9)); break;
		default: *p++ = '*'; s1 = pick(50) - 25; ns = 1; break;
		}
		switch (pick(5)) {
		case 0: case 1: break;
		case 2: *p++ = '.'; break;
		case 3: p += sprintf(p, ".%d", pick(25)); break;
		default:
			p += sprintf(p, ".*");
			if (ns)
				s2 = pick(30) - 5;
			else
				s1 = pick(30) - 5;
			ns++;
			break;
		}
		if (strchr("diuxXo", conv))
			len = lens[pick(8)];
		p += sprintf(p, "%s%c", len, conv);
		if (pick(2))
			p += sprintf(p, "|tail");
		*p = 0;
		switch (conv) {
		case 's': kind = V_STR; break;
		case 'p': kind = V_PTR; break;
		case '%': kind = V_NONE; break;
		case 'c': kind = V_INT; break;
		default: kind = *len && *len != 'h' ? V_LL : V_INT; break;
		}
		one(f, sizes[pick(sizeof sizes / sizeof sizes[0])], ns, s1, s2, kind, v, s);
	}
	print_message("%lu generated cases, all identical to glibc\n", ncases);
	assert_true(ncases >= 200000);
}

/* Several conversions in one format, and the big widths. */
static void fixed(void **state)
{
	char b[600], g[600];
	int jr, gr;

	(void)state;
	jr = js_snprintf(b, sizeof b, "%s=%d (%#lx) %5.2s|%-6c|%%|%p|%zu|%hhd",
			 "key", -42, 0xbeefUL, "xyz", 'q', (void *)0x1000, (size_t)77, 300);
	gr = snprintf(g, sizeof g, "%s=%d (%#lx) %5.2s|%-6c|%%|%p|%zu|%hhd",
		      "key", -42, 0xbeefUL, "xyz", 'q', (void *)0x1000, (size_t)77, 300);
	assert_int_equal(jr, gr);
	assert_string_equal(b, g);
	jr = js_snprintf(b, sizeof b, "%500d|%-300.200x", 1, 5u);
	gr = snprintf(g, sizeof g, "%500d|%-300.200x", 1, 5u);
	assert_int_equal(jr, gr);
	assert_string_equal(b, g);
	/* The full length even with no buffer at all. */
	assert_int_equal(js_snprintf(NULL, 0, "%d-%s", 12345, "abc"), 9);
	/* Unknown conversions and a width on %%: as glibc prints them. */
	jr = js_snprintf(b, sizeof b, "[%y][%5%][%-3%][%05%]");
	gr = snprintf(g, sizeof g, "[%y][%5%][%-3%][%05%]");
	assert_int_equal(jr, gr);
	assert_string_equal(b, g);
	/* Output longer than INT_MAX: glibc -1 (EOVERFLOW), libjs the
	 * error itself; nothing is stored with size 0. */
	assert_int_equal(snprintf(NULL, 0, "%2147483647d%d", 1, 1), -1);
	assert_int_equal(js_snprintf(NULL, 0, "%2147483647d%d", 1, 1), -JS_EOVERFLOW);
	/* Widths past INT_MAX: glibc fails with EOVERFLOW, so do we. */
	assert_int_equal(js_snprintf(b, sizeof b, "%4294967296d", 1), -JS_EOVERFLOW);
	assert_int_equal(js_snprintf(b, sizeof b, "%.4294967296d", 1), -JS_EOVERFLOW);
}

static void refused_n(void **state)
{
	char b[32];
	int n = 0;

	(void)state;
	memset(b, 'x', sizeof b);
	assert_int_equal(js_snprintf(b, sizeof b, "ab%ncd", &n), -JS_EINVAL);
	assert_int_equal(n, 0);
	assert_string_equal(b, "ab");	/* what came before, terminated */
}

static void floats(void **state)
{
	char b[64];

	(void)state;
	assert_int_equal(js_snprintf(b, sizeof b, "%d %.2f %d %Le %g|%a %d", 1, 3.5, 2,
				     (long double)1, 2.0, 0.5, 3), 20);
	assert_string_equal(b, "1 %.2f 2 %Le %g|%a 3");
	/* Wide characters are not supported: printed as written too. */
	assert_int_equal(js_snprintf(b, sizeof b, "%lc%ls%d", 65, (void *)0, 7), 7);
	assert_string_equal(b, "%lc%ls7");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(generated),
		cmocka_unit_test(fixed),
		cmocka_unit_test(refused_n),
		cmocka_unit_test(floats),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
