/* Address text and byte order against glibc.  js_inet_pton and
 * js_inet_ntop are run differentially against glibc's inet_pton(3) and
 * inet_ntop(3) on generated input (valid, near-valid and garbage, from a
 * fixed seed so a failure repeats): same decision, same bytes, same text.
 * Every string sits in a heap block of exactly its size, so the ASan
 * build of this test catches any read past the terminating NUL. */
#include <arpa/inet.h>
#include <endian.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "host.h"
#include <libjs/net.h>
#include <libjs/errno.h>

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static unsigned pick(unsigned n)
{
	return (unsigned)(next() % n);
}

/* A random IPv6 address shaped like real ones: runs of zero groups,
 * 0xffff (mapped), small numbers. */
static void random6(uint8_t a[16])
{
	for (int i = 0; i < 8; i++) {
		unsigned w;
		switch (pick(6)) {
		case 0: case 1: w = 0; break;
		case 2: w = 0xffff; break;
		case 3: w = pick(16); break;
		case 4: w = pick(0x1000); break;
		default: w = pick(0x10000); break;
		}
		a[2 * i] = (uint8_t)(w >> 8);
		a[2 * i + 1] = (uint8_t)w;
	}
	switch (pick(8)) {
	case 0: /* ::ffff:a.b.c.d */
		memset(a, 0, 10);
		a[10] = a[11] = 0xff;
		break;
	case 1: /* ::a.b.c.d */
		memset(a, 0, 12);
		break;
	case 2: /* all zero but one group */
		memset(a, 0, 16);
		a[pick(16)] = (uint8_t)pick(256);
		break;
	}
}

/* Valid text that is not necessarily canonical: each group written with
 * random leading zeros and case, "::" at a random zero run (or none), or
 * a trailing dotted quad. */
static void valid6_text(char *out)
{
	uint8_t a[16];
	unsigned w[8];
	int gap = -1, gaplen = 0, quad = pick(4) == 0;
	char *p = out;

	random6(a);
	for (int i = 0; i < 8; i++)
		w[i] = (unsigned)a[2 * i] << 8 | a[2 * i + 1];
	int groups = quad ? 6 : 8;
	if (pick(3)) {
		/* any run of zero groups, length >= 1, may become "::" */
		int s = pick(groups), e = s;
		while (e < groups && w[e] == 0)
			e++;
		if (e > s) {
			gap = s;
			gaplen = 1 + pick(e - s);
		}
	}
	for (int i = 0; i < groups; i++) {
		if (i == gap) {
			p += sprintf(p, "::");
			i += gaplen - 1;
			continue;
		}
		if (i && !(gap >= 0 && i == gap + gaplen))
			*p++ = ':';
		int width = 1 + pick(4);
		p += sprintf(p, pick(2) ? "%0*x" : "%0*X", width, w[i]);
	}
	if (quad) {
		if (!(gap >= 0 && gap + gaplen == groups))
			*p++ = ':';
		p += sprintf(p, "%u.%u.%u.%u", a[12], a[13], a[14], a[15]);
	}
	*p = 0;
}

static void valid_text(int af, char *out)
{
	if (af == AF_INET) {
		uint8_t a[4];
		for (int i = 0; i < 4; i++)
			a[i] = pick(3) ? (uint8_t)pick(256) : (uint8_t)pick(10);
		inet_ntop(AF_INET, a, out, 64);
	} else if (pick(2)) {
		uint8_t a[16];
		random6(a);
		inet_ntop(AF_INET6, a, out, 64);
	} else {
		valid6_text(out);
	}
}

static const char alphabet[] = "0123456789abcdefABCDEF::..%/ xg0f";

static void mutate(char *s)
{
	int rounds = 1 + pick(3);

	for (int r = 0; r < rounds; r++) {
		size_t n = strlen(s);
		size_t at = n ? pick(n + 1) : 0;
		char c = alphabet[pick(sizeof alphabet - 1)];

		switch (pick(6)) {
		case 0: /* insert */
			if (n < 90) {
				memmove(s + at + 1, s + at, n - at + 1);
				s[at] = c;
			}
			break;
		case 1: /* delete */
			if (at < n)
				memmove(s + at, s + at + 1, n - at);
			break;
		case 2: /* replace */
			if (at < n)
				s[at] = c;
			break;
		case 3: /* a leading zero somewhere */
			if (n < 90) {
				memmove(s + at + 1, s + at, n - at + 1);
				s[at] = '0';
			}
			break;
		case 4: /* zone suffix or trailing junk */
			if (n < 80)
				strcat(s, pick(2) ? "%eth0" : (pick(2) ? ":" : "."));
			break;
		default: /* doubled colon or dot */
			if (n < 90 && at < n) {
				memmove(s + at + 1, s + at, n - at + 1);
				s[at] = pick(2) ? ':' : '.';
			}
			break;
		}
	}
}

static void garbage(char *s)
{
	size_t n = pick(48);

	for (size_t i = 0; i < n; i++)
		s[i] = pick(8) ? alphabet[pick(sizeof alphabet - 1)]
			       : (char)(1 + pick(255));
	s[n] = 0;
}

static long diff_failures;

/* One string, both families, against glibc. */
static int compare_pton(const char *text)
{
	size_t len = strlen(text);
	char *s = malloc(len + 1);
	int accepted = 0;

	memcpy(s, text, len + 1);
	for (int k = 0; k < 2; k++) {
		int af = k ? AF_INET6 : AF_INET;
		unsigned char ours[16], theirs[16];

		memset(ours, 0xa5, sizeof ours);
		memset(theirs, 0xa5, sizeof theirs);
		long r = js_inet_pton(af, s, ours);
		int g = inet_pton(af, s, theirs);
		if (r != g || memcmp(ours, theirs, sizeof ours) != 0) {
			if (diff_failures++ < 10)
				print_error("inet_pton(%d, \"%s\"): libjs %ld, glibc %d\n",
					    af, s, r, g);
		}
		accepted += g == 1;
	}
	free(s);
	return accepted;
}

static void pton_matches_glibc(void **state)
{
	(void)state;
	char buf[128];
	long n = 0, accepted = 0, kinds[3] = { 0 };

	rng = 0x9e3779b97f4a7c15ull;
	diff_failures = 0;
	for (; n < 150000; n++) {
		int kind = pick(3);
		int af = pick(2) ? AF_INET6 : AF_INET;

		if (kind == 2) {
			garbage(buf);
		} else {
			valid_text(af, buf);
			if (kind == 1)
				mutate(buf);
		}
		kinds[kind]++;
		accepted += compare_pton(buf) > 0;
	}
	assert_int_equal(diff_failures, 0);
	/* The generator is meaningful only if both outcomes are common. */
	printf("pton: %ld strings (%ld valid, %ld near-valid, %ld garbage), %ld accepted\n",
	       n, kinds[0], kinds[1], kinds[2], accepted);
	assert_true(accepted > n / 4);
	assert_true(accepted < n * 3 / 4);
}

/* Edge cases of the parser, with their expected decision (glibc must
 * agree, so the table itself is checked). */
static void pton_named_cases(void **state)
{
	(void)state;
	static const struct { int af; const char *s; int ok; } t[] = {
		{ AF_INET, "1.2.3.4", 1 },
		{ AF_INET, "0.0.0.0", 1 },
		{ AF_INET, "255.255.255.255", 1 },
		{ AF_INET, "01.2.3.4", 0 },
		{ AF_INET, "1.2.3.04", 0 },
		{ AF_INET, "256.1.1.1", 0 },
		{ AF_INET, "1.2.3", 0 },
		{ AF_INET, "1.2.3.4.", 0 },
		{ AF_INET, "1..2.3", 0 },
		{ AF_INET, "0x1.2.3.4", 0 },
		{ AF_INET, "", 0 },
		{ AF_INET, " 1.2.3.4", 0 },
		{ AF_INET6, "::", 1 },
		{ AF_INET6, "::1", 1 },
		{ AF_INET6, "1::", 1 },
		{ AF_INET6, ":::", 0 },
		{ AF_INET6, "1::2::3", 0 },
		{ AF_INET6, "fe80::1%eth0", 0 },
		{ AF_INET6, "::ffff:1.2.3.4", 1 },
		{ AF_INET6, "::1.2.3.4", 1 },
		{ AF_INET6, "::ffff:01.2.3.4", 0 },
		{ AF_INET6, "1:2:3:4:5:6:7:8", 1 },
		{ AF_INET6, "1:2:3:4:5:6:7::", 1 },
		{ AF_INET6, "1:2:3:4:5:6:7:8::", 0 },
		{ AF_INET6, "1:2:3:4:5:6:7::8", 0 },
		{ AF_INET6, "1:2:3:4:5:6:1.2.3.4", 1 },
		{ AF_INET6, "1:2:3:4:5:6:7:1.2.3.4", 0 },
		{ AF_INET6, "00001::", 0 },
		{ AF_INET6, "0001::", 1 },
		{ AF_INET6, ":1::", 0 },
		{ AF_INET6, "1::2:", 0 },
		{ AF_INET6, "ABCD::EF", 1 },
		{ AF_INET6, "1.2.3.4", 0 },
	};
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		unsigned char a[16], b[16];
		long r = js_inet_pton(t[i].af, t[i].s, a);
		int g = inet_pton(t[i].af, t[i].s, b);

		if (r != t[i].ok || g != t[i].ok)
			print_error("\"%s\": libjs %ld, glibc %d, expected %d\n",
				    t[i].s, r, g, t[i].ok);
		assert_int_equal(r, t[i].ok);
		assert_int_equal(g, t[i].ok);
		if (r == 1)
			assert_memory_equal(a, b, t[i].af == AF_INET ? 4 : 16);
	}
	unsigned char a[16];
	assert_int_equal(js_inet_pton(AF_UNIX, "1.2.3.4", a), -JS_EAFNOSUPPORT);
	assert_int_equal(js_inet_pton(AF_INET, NULL, a), -JS_EFAULT);
	assert_int_equal(js_inet_pton(AF_INET6, "::1", NULL), -JS_EFAULT);
}

static void compare_ntop(int af, const uint8_t *a)
{
	char theirs[64];
	const char *g = inet_ntop(af, a, theirs, sizeof theirs);
	size_t len = strlen(g);

	/* Exactly large enough, and one byte short. */
	for (size_t size = len; size <= len + 1; size++) {
		char *ours = malloc(size ? size : 1);
		long r = js_inet_ntop(af, a, ours, (js_socklen_t)size);
		char *gb = malloc(size ? size : 1);
		errno = 0;
		const char *gr = inet_ntop(af, a, gb, (socklen_t)size);

		if (size == len) {
			if (r != -JS_ENOSPC || gr || errno != ENOSPC) {
				if (diff_failures++ < 10)
					print_error("ntop %s size %zu: libjs %ld\n", g, size, r);
			}
		} else if (r != (long)len || !gr || strcmp(ours, g) != 0) {
			if (diff_failures++ < 10)
				print_error("ntop: libjs \"%s\" (%ld), glibc \"%s\"\n",
					    r >= 0 ? ours : "", r, g);
		}
		free(ours);
		free(gb);
	}
}

static void ntop_matches_glibc(void **state)
{
	(void)state;
	long n;

	rng = 0x2545f4914f6cdd1dull;
	diff_failures = 0;
	for (n = 0; n < 100000; n++) {
		uint8_t a[16];

		if (pick(4) == 0) {
			for (int i = 0; i < 4; i++)
				a[i] = (uint8_t)(pick(4) ? pick(256) : pick(10));
			compare_ntop(AF_INET, a);
		} else {
			random6(a);
			compare_ntop(AF_INET6, a);
		}
	}
	assert_int_equal(diff_failures, 0);

	uint8_t a[16] = { 0 };
	char out[64];
	assert_int_equal(js_inet_ntop(AF_UNIX, a, out, sizeof out), -JS_EAFNOSUPPORT);
	assert_int_equal(js_inet_ntop(AF_INET, NULL, out, sizeof out), -JS_EFAULT);
	assert_int_equal(js_inet_ntop(AF_INET6, a, NULL, 64), -JS_EFAULT);
	assert_int_equal(js_inet_ntop(AF_INET6, a, out, 0), -JS_ENOSPC);
	assert_int_equal(js_inet_ntop(AF_INET6, a, out, sizeof out), 2);
	assert_string_equal(out, "::");
}

/* Round trip: every canonical text parses back to the same bytes. */
static void ntop_pton_round_trip(void **state)
{
	(void)state;
	rng = 12345;
	for (int n = 0; n < 20000; n++) {
		uint8_t a[16], b[16];
		char text[JS_INET6_ADDRSTRLEN];

		random6(a);
		assert_true(js_inet_ntop(JS_AF_INET6, a, text, sizeof text) > 0);
		assert_int_equal(js_inet_pton(JS_AF_INET6, text, b), 1);
		assert_memory_equal(a, b, 16);
	}
}

static void byte_order_matches_glibc(void **state)
{
	(void)state;
	rng = 777;
	for (int i = 0; i < 10000; i++) {
		uint64_t v = next();

		assert_int_equal(js_htons((uint16_t)v), htons((uint16_t)v));
		assert_int_equal(js_ntohs((uint16_t)v), ntohs((uint16_t)v));
		assert_int_equal(js_htonl((uint32_t)v), htonl((uint32_t)v));
		assert_int_equal(js_ntohl((uint32_t)v), ntohl((uint32_t)v));
		assert_true(js_htonll(v) == htobe64(v));
		assert_true(js_ntohll(v) == be64toh(v));
	}
	uint32_t x = js_htonl(0x01020304);
	assert_memory_equal(&x, "\1\2\3\4", 4);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(pton_named_cases),
		cmocka_unit_test(pton_matches_glibc),
		cmocka_unit_test(ntop_matches_glibc),
		cmocka_unit_test(ntop_pton_round_trip),
		cmocka_unit_test(byte_order_matches_glibc),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
