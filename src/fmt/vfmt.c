/* The printf engine behind js_snprintf, js_dprintf and js_out_printf
 * (docs/toolkit.md): C99's integer, character, string and pointer
 * conversions with glibc's output byte for byte, including its choices
 * where C leaves the result open ("(nil)" for a null %p, "(null)" for a
 * null %s when the precision allows six bytes, a sign on %+p, '0'
 * ignored for %c, %s and %p's "(nil)").  Digits come from the formatter
 * core (fmt.h). */
#include <libjs/errno.h>
#include "fmt.h"

#define F_MINUS 1
#define F_PLUS 2
#define F_SPACE 4
#define F_ALT 8
#define F_ZERO 16

#define INT_MAX_ 0x7fffffff

/* The switches below span '%'..'x': as jump tables they would be most of
 * a js_dprintf program's bytes (8-byte entries in a static link), so gcc
 * compiles them as compare chains. */
#if defined(__clang__)
#define NO_TABLES
#else
#define NO_TABLES __attribute__((optimize("no-jump-tables")))
#endif

void js__fsink_spill(struct js__fsink *s, const char *src, size_t n, char c)
{
	for (;;) {
		size_t room = (size_t)(s->end - s->p), k = n < room ? n : room;

		if (src) {
			__builtin_memcpy(s->p, src, k);
			src += k;
		} else {
			__builtin_memset(s->p, c, k);
		}
		s->p += k;
		n -= k;
		if (!n || !s->out)
			return;
		js__out_sync(s);
		if (s->p == s->end)	/* the js_out is in error: drop */
			return;
	}
}

static inline void put(struct js__fsink *s, const char *src, size_t n)
{
	s->n += n;
	if (n <= (size_t)(s->end - s->p)) {
		__builtin_memcpy(s->p, src, n);
		s->p += n;
	} else {
		js__fsink_spill(s, src, n, 0);
	}
}

static inline void pad(struct js__fsink *s, char c, size_t n)
{
	s->n += n;
	if (n <= (size_t)(s->end - s->p)) {
		__builtin_memset(s->p, c, n);
		s->p += n;
	} else {
		js__fsink_spill(s, 0, n, c);
	}
}

/* A piece of text in a field of width w: padded on the left with spaces
 * unless F_MINUS. */
static void field(struct js__fsink *s, const char *t, size_t n, size_t w, int fl)
{
	size_t padn = w > n ? w - n : 0;

	if (!(fl & F_MINUS))
		pad(s, ' ', padn);
	put(s, t, n);
	if (fl & F_MINUS)
		pad(s, ' ', padn);
}

/* An integer conversion: prefix (sign or 0x), zeros, digits. */
static void number(struct js__fsink *s, unsigned long long u, int neg, char conv,
		   int fl, size_t w, int prec)
{
	char t[24], *e = t + sizeof t, *d;
	char pre[3];
	size_t np = 0, nd, nz = 0, tot;

	d = js__utoa(e, u, conv == 'o' ? 8 : conv == 'X' ? 16 | JS__UPPER :
			   conv == 'x' || conv == 'p' ? 16 : 10);
	if ((fl & F_ALT) && u && (conv == 'x' || conv == 'X')) {
		pre[0] = '0';
		pre[1] = conv;
		np = 2;
	}
	nd = (size_t)(e - d);
	if (prec == 0 && !u)
		nd = 0;
	if (conv == 'd' || conv == 'i' || conv == 'p') {
		if (neg)
			pre[np++] = '-';
		else if (fl & F_PLUS)
			pre[np++] = '+';
		else if (fl & F_SPACE)
			pre[np++] = ' ';
		if (conv == 'p') {	/* "+0x1234": the sign first */
			pre[np++] = '0';
			pre[np++] = 'x';
		}
	}
	if (prec >= 0 && (size_t)prec > nd)
		nz = (size_t)prec - nd;
	if (conv == 'o' && (fl & F_ALT) && !nz && !(nd && *d == '0'))
		nz = 1;
	tot = np + nz + nd;
	if ((fl & (F_ZERO | F_MINUS)) == F_ZERO && prec < 0 && w > tot) {
		nz += w - tot;
		tot = w;
	}
	if (!(fl & F_MINUS) && w > tot)
		pad(s, ' ', w - tot);
	put(s, pre, np);
	pad(s, '0', nz);
	put(s, e - nd, nd);
	if ((fl & F_MINUS) && w > tot)
		pad(s, ' ', w - tot);
}

static size_t strnlen_(const char *p, size_t max)
{
	size_t n = 0;

	while (n < max && p[n])
		n++;
	return n;
}

NO_TABLES int js__vfmt(struct js__fsink *s, const char *f, va_list ap)
{
	for (;;) {
		const char *spec, *q = f;
		int fl = 0, prec = -1, len = 0;
		unsigned long w = 0;
		unsigned long long u;
		int neg = 0;
		char conv;

		while (*q && *q != '%')
			q++;
		if (q != f)
			put(s, f, (size_t)(q - f));
		if (!*q)
			return 0;
		spec = q++;
		for (;; q++) {
			switch (*q) {
			case '-': fl |= F_MINUS; continue;
			case '+': fl |= F_PLUS; continue;
			case ' ': fl |= F_SPACE; continue;
			case '#': fl |= F_ALT; continue;
			case '0': fl |= F_ZERO; continue;
			}
			break;
		}
		if (*q == '*') {
			int a = va_arg(ap, int);

			q++;
			if (a < 0) {
				fl |= F_MINUS;
				w = 0ul - (unsigned long)a;
			} else {
				w = (unsigned long)a;
			}
		} else {
			while (*q >= '0' && *q <= '9') {
				w = w * 10 + (unsigned int)(*q++ - '0');
				if (w > INT_MAX_)
					return -JS_EOVERFLOW;
			}
		}
		if (w > INT_MAX_)
			return -JS_EOVERFLOW;
		if (*q == '.') {
			q++;
			if (*q == '*') {
				q++;
				prec = va_arg(ap, int);
				if (prec < 0)
					prec = -1;
			} else {
				unsigned long p = 0;

				while (*q >= '0' && *q <= '9') {
					p = p * 10 + (unsigned int)(*q++ - '0');
					if (p > INT_MAX_)
						return -JS_EOVERFLOW;
				}
				prec = (int)p;
			}
		}
		/* Lengths, as the bits of the argument: 'H' hh, 'h', 'l'
		 * (l, ll, z, t, j: all 64-bit on every libjs architecture),
		 * 'L' for long double. */
		switch (*q) {
		case 'h':
			len = *++q == 'h' ? (q++, 'H') : 'h';
			break;
		case 'l':
			len = 'l';
			if (*++q == 'l')
				q++;
			break;
		case 'z': case 't': case 'j':
			len = 'l';
			q++;
			break;
		case 'L':
			len = 'L';
			q++;
			break;
		}
		conv = *q;
		f = q + 1;
		switch (conv) {
		case 'd': case 'i': {
			long long v = (len == 'l' || len == 'L') ? va_arg(ap, long) : va_arg(ap, int);

			if (len == 'h')
				v = (short)v;
			else if (len == 'H')
				v = (signed char)v;
			neg = v < 0;
			u = neg ? 0 - (unsigned long long)v : (unsigned long long)v;
			number(s, u, neg, 'd', fl, w, prec);
			continue;
		}
		case 'u': case 'x': case 'X': case 'o':
			u = (len == 'l' || len == 'L') ? va_arg(ap, unsigned long) : va_arg(ap, unsigned int);
			if (len == 'h')
				u = (unsigned short)u;
			else if (len == 'H')
				u = (unsigned char)u;
			number(s, u, 0, conv, fl, w, prec);
			continue;
		case 'p': {
			void *p = va_arg(ap, void *);

			if (!p)
				field(s, "(nil)", 5, w, fl);
			else
				number(s, (unsigned long)p, 0, 'p', fl & ~F_ALT, w, prec);
			continue;
		}
		case 'c': case 's':
			if (len == 'l') {	/* wide characters: not supported */
				if (conv == 'c')
					(void)va_arg(ap, unsigned int);
				else
					(void)va_arg(ap, void *);
				put(s, spec, (size_t)(f - spec));
			} else if (conv == 'c') {
				char c = (char)va_arg(ap, int);

				field(s, &c, 1, w, fl);
			} else {
				const char *str = va_arg(ap, const char *);

				if (!str)
					str = prec < 0 || prec >= 6 ? "(null)" : "";
				field(s, str, strnlen_(str, prec < 0 ? (size_t)-1 : (size_t)prec),
				      w, fl);
			}
			continue;
		case '%':
			put(s, "%", 1);
			continue;
		case 'n':
			return -JS_EINVAL;
		case 'f': case 'F': case 'e': case 'E':
		case 'g': case 'G': case 'a': case 'A':
			/* No floating point: the argument is taken (so the ones
			 * after it stay in place) and the conversion printed as
			 * written. */
			if (len == 'L')
				(void)va_arg(ap, long double);
			else
				(void)va_arg(ap, double);
			put(s, spec, (size_t)(f - spec));
			continue;
		case 0:
			/* A lone '%' at the end: printed, as glibc does. */
			put(s, spec, (size_t)(q - spec));
			return 0;
		default:
			put(s, spec, (size_t)(f - spec));
			continue;
		}
	}
}
