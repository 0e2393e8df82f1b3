/* <libjs/string.h> against glibc: js_strto* on a generated corpus (signs,
 * prefixes, bases 0 and 2..36, overflow, junk, space), and the string
 * functions on every pair of a small word list.  This file includes
 * glibc's <string.h> and <libjs/string.h> together: the mem* declarations
 * must agree. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <stdint.h>
#include "host.h"
#include <libjs/libjs.h>

static uint64_t seed = 12345;
static uint64_t rnd(void)
{
	seed ^= seed << 13;
	seed ^= seed >> 7;
	seed ^= seed << 17;
	return seed;
}

static void gen(char *b)
{
	static const char *const pre[] = { "", " ", "\t\n ", "+", "-", " -", "0", "0x", "0X",
		"-0x", "+0", "00", "0x0x", "x", "--", "+-", "0b" };
	static const char digs[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFXZ";
	int n = (int)(rnd() % 30);

	b += sprintf(b, "%s", pre[rnd() % (sizeof pre / sizeof pre[0])]);
	while (n--)
		*b++ = digs[rnd() % (sizeof digs - 1)];
	if (rnd() % 3 == 0)
		b += sprintf(b, "%s", rnd() % 2 ? " junk" : "9");
	*b = 0;
}

static void strto_corpus(void **state)
{
	static const char *const fixed[] = { "9223372036854775807", "9223372036854775808",
		"-9223372036854775808", "-9223372036854775809", "18446744073709551615",
		"18446744073709551616", "-18446744073709551615", "-18446744073709551616",
		"0x7fffffffffffffff", "0x8000000000000000", "0xffffffffffffffff",
		"0x10000000000000000", "01777777777777777777777", "02000000000000000000000",
		"", "   ", "-", "0x", "0xg", "zzzzzzzzzzzzzz", "1z", "  +42abc" };
	char b[80];
	long n = 0;

	(void)state;
	for (int i = 0; i < 60000; i++) {
		int base = (int)(rnd() % 38);
		char *ge, *je;
		int err;

		if (base == 1 || base == 37)
			base = rnd() % 2 ? 0 : 16;
		if (i < 22 * 8)
			snprintf(b, sizeof b, "%s", fixed[i / 8]), base = (int[]){0, 10, 16, 8, 2, 36, 0, 10}[i % 8];
		else
			gen(b);
#define ONE(T, g, j)                                                          \
		do {                                                          \
			T gv, jv;                                             \
			errno = 0;                                            \
			gv = g(b, &ge, base);                                 \
			int gerr = errno;                                     \
			jv = j(b, &je, base, &err);                           \
			if (gv != jv || ge != je || (gerr ? -gerr : 0) != err) { \
				print_error(#j "(\"%s\", %d): glibc %llu end +%td errno %d; libjs %llu end +%td err %d\n", \
					    b, base, (unsigned long long)gv, ge - b, gerr, \
					    (unsigned long long)jv, je - b, err); \
				fail();                                       \
			}                                                     \
			n++;                                                  \
		} while (0)
		ONE(long, strtol, js_strtol);
		ONE(unsigned long, strtoul, js_strtoul);
		ONE(long long, strtoll, js_strtoll);
		ONE(unsigned long long, strtoull, js_strtoull);
	}
	print_message("%ld js_strto* calls, all as glibc's\n", n);
	/* A bad base: 0 and -JS_EINVAL (glibc: 0 and EINVAL). */
	{
		char *e;
		int err;

		assert_int_equal(js_strtol("12", &e, 1, &err), 0);
		assert_int_equal(err, -JS_EINVAL);
		assert_int_equal(js_strtoul("12", &e, 37, NULL), 0);
	}
}

static void strings(void **state)
{
	static const char *const w[] = { "", "a", "ab", "abc", "abd", "b", "ba", "\xff", "\x80x",
		"hello world", "world", "lo w", "o", "aaab", "aab", "ab\xff" };
	const size_t nw = sizeof w / sizeof w[0];

	(void)state;
	for (size_t i = 0; i < nw; i++) {
		const char *a = w[i];

		assert_int_equal(js_strlen(a), strlen(a));
		for (size_t k = 0; k < 5; k++)
			assert_int_equal(js_strnlen(a, k), strnlen(a, k));
		for (int c = 0; c < 256; c += 1) {
			assert_ptr_equal(js_strchr(a, c), strchr(a, c));
			assert_ptr_equal(js_strrchr(a, c), strrchr(a, c));
			assert_ptr_equal(js_memchr(a, c, strlen(a) + 1), memchr(a, c, strlen(a) + 1));
		}
		for (size_t j = 0; j < nw; j++) {
			const char *b = w[j];
			int g = strcmp(a, b), jv = js_strcmp(a, b);

			assert_true((g < 0 && jv < 0) || (g == 0 && jv == 0) || (g > 0 && jv > 0));
			for (size_t k = 0; k < 6; k++) {
				g = strncmp(a, b, k);
				jv = js_strncmp(a, b, k);
				assert_true((g < 0 && jv < 0) || (g == 0 && jv == 0) || (g > 0 && jv > 0));
			}
			assert_ptr_equal(js_strstr(a, b), strstr(a, b));
		}
		for (size_t size = 0; size < 14; size++) {
			char d[16];

			memset(d, 'z', sizeof d);
			assert_int_equal(js_strlcpy(d, a, size), strlen(a));
			if (size) {
				assert_int_equal(strlen(d), strlen(a) < size ? strlen(a) : size - 1);
				assert_memory_equal(d, a, strlen(d));
			} else {
				assert_int_equal(d[0], 'z');
			}
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(strto_corpus),
		cmocka_unit_test(strings),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
