/* The one formatter core (docs/toolkit.md): decimal, hex and octal digits
 * written backwards into a caller's array, and the printf engine's output
 * sink.  js_snprintf and friends (vfmt.c) and the trace's line writer
 * (src/trace/format.c) both build on these, so the library has one copy
 * of each number formatting. */
#ifndef LIBJS_SRC_FMT_H
#define LIBJS_SRC_FMT_H

#include <stddef.h>
#include <stdarg.h>
#include <libjs/fmt.h>
#include "../internal.h"

/* "00" "01" ... "99" and "00" ... "ff": two digits per step (digits.c). */
JS__HIDDEN extern const char js__dec_pairs[201];
JS__HIDDEN extern const char js__hex_pairs[513];
JS__HIDDEN extern const char js__xdigits[2][16];	/* lower, upper */

/* The number of decimal digits of v (1 for 0). */
static inline int js__ndig10(unsigned long long v)
{
	int n = 1;

	if (v < 100000)	/* one to five digits: four compares at most */
		return v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : 5;
	for (;;) {
		if (v < 10)
			return n;
		if (v < 100)
			return n + 1;
		if (v < 1000)
			return n + 2;
		if (v < 10000)
			return n + 3;
		v /= 10000;
		n += 4;
	}
}

/* v in decimal, js__ndig10(v) digits written backwards ending at q.
 * Values below 2^32 (fds, counts, pids: nearly all of them) take the
 * 32-bit path, whose division by 100 is one multiply. */
static inline void js__u10_at(char *q, unsigned long long v)
{
	unsigned int x;

	while (v >> 32) {
		unsigned long long d = v / 100;

		q -= 2;
		__builtin_memcpy(q, js__dec_pairs + 2 * (v - d * 100), 2);
		v = d;
	}
	x = (unsigned int)v;
	while (x >= 100) {
		unsigned int d = x / 100;

		q -= 2;
		__builtin_memcpy(q, js__dec_pairs + 2 * (x - d * 100), 2);
		x = d;
	}
	if (x >= 10)
		__builtin_memcpy(q - 2, js__dec_pairs + 2 * x, 2);
	else
		q[-1] = (char)('0' + x);
}

/* The number of hex digits of v (1 for 0). */
static inline int js__ndig16(unsigned long long v)
{
	int n = 1;

	if (v >> 32)
		n += 8, v >>= 32;
	if (v >> 16)
		n += 4, v >>= 16;
	if (v >> 8)
		n += 2, v >>= 8;
	if (v >> 4)
		n += 1;
	return n;
}

/* v in hex, js__ndig16(v) digits backwards ending at q; returns the
 * first digit.  Lower case goes two digits per step. */
static inline char *js__u16_at(char *q, unsigned long long v, int upper)
{
	if (upper) {
		do
			*--q = js__xdigits[1][v & 15];
		while (v >>= 4);
		return q;
	}
	for (; v >> 4; v >>= 8) {
		q -= 2;
		__builtin_memcpy(q, js__hex_pairs + 2 * (v & 0xff), 2);
	}
	if (v)
		*--q = js__xdigits[0][v];
	return q;
}

/* v in octal backwards ending at q ("0" for 0); returns the first digit. */
static inline char *js__u8_at(char *q, unsigned long long v)
{
	do
		*--q = (char)('0' + (v & 7));
	while (v >>= 3);
	return q;
}

/* Where the printf engine's output goes: [p, end) is the room left in the
 * current buffer; n counts every byte produced, stored or not.  With out
 * NULL (js_snprintf) what does not fit is cut; otherwise the js_out is
 * flushed when full (js_dprintf, js_out_printf). */
struct js__fsink {
	char *p, *end;
	size_t n;
	struct js_out *out;
};

/* Formats into s (C99 printf semantics, docs/toolkit.md); 0, or
 * -JS_EINVAL for %n, or -JS_EOVERFLOW for a width or precision above
 * INT_MAX.  s->n is the length produced. */
JS__HIDDEN int js__vfmt(struct js__fsink *s, const char *fmt, va_list ap);

/* The rare paths of the sink (vfmt.c): n bytes of src, or n copies of c
 * (src NULL), that do not fit in the room left. */
JS__HIDDEN void js__fsink_spill(struct js__fsink *s, const char *src, size_t n, char c);

/* Hands the sink's bytes to its js_out (out.c) and makes room again. */
JS__HIDDEN void js__out_sync(struct js__fsink *s);
JS__HIDDEN void js__out_bind(struct js__fsink *s, struct js_out *o);

#endif
