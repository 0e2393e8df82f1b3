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

/* Every conversion's output: [spaces] prefix zeros body [spaces], in a
 * field of width w (spaces after with F_MINUS). */
static void out(struct js__fsink *s, const char *pre, size_t np, size_t nz,
		const char *body, size_t nb, size_t w, int fl)
{
	size_t tot = np + nz + nb, sp = w > tot ? w - tot : 0;

	if (!(fl & F_MINUS))
		pad(s, ' ', sp);
	put(s, pre, np);
	pad(s, '0', nz);
	put(s, body, nb);
	if (fl & F_MINUS)
		pad(s, ' ', sp);
}

/* Decimal digits at q into *v (stopping growth past INT_MAX, which the
 * caller refuses); returns the first non-digit. */
static const char *num(const char *q, unsigned long *v)
{
	unsigned long x = 0;

	for (; *q >= '0' && *q <= '9'; q++)
		if (x <= INT_MAX_)
			x = x * 10 + (unsigned long)(*q - '0');
	*v = x;
	return q;
}

static size_t strnlen_(const char *p, size_t max)
{
	size_t n = 0;

	while (n < max && p[n])
		n++;
	return n;
}

/* Lengths: 1 h, 2 hh, 3 l ll z t j (64-bit on every libjs architecture),
 * 4 L (long double; long long for integers, as glibc). */
NO_TABLES int js__vfmt(struct js__fsink *s, const char *f, va_list ap)
{
	for (;;) {
		const char *spec, *q = f, *body;
		char t[24], *e = t + sizeof t, pre[4], conv, c;
		int fl = 0, prec = -1, len = 0, i;
		unsigned long w, pv;
		unsigned long long u;
		size_t np = 0, nz = 0, nb;

		while (*q && *q != '%')
			q++;
		if (q != f)
			put(s, f, (size_t)(q - f));
		if (!*q)
			return 0;
		spec = q++;
		for (;; q++) {	/* "-+ #0" are bits 0..4, F_MINUS..F_ZERO */
			for (i = 0; i < 5 && "-+ #0"[i] != *q; i++)
				;
			if (i == 5)
				break;
			fl |= 1 << i;
		}
		if (*q == '*') {
			int a = va_arg(ap, int);

			q++;
			if (a < 0)
				fl |= F_MINUS;
			w = a < 0 ? 0ul - (unsigned long)a : (unsigned long)a;
		} else {
			q = num(q, &w);
		}
		if (*q == '.') {
			if (*++q == '*') {
				q++;
				prec = va_arg(ap, int);
				if (prec < 0)
					prec = -1;
			} else {
				q = num(q, &pv);
				if (pv > INT_MAX_)
					return -JS_EOVERFLOW;
				prec = (int)pv;
			}
		}
		if (w > INT_MAX_)
			return -JS_EOVERFLOW;
		if (*q == 'h') {
			len = 1;
			if (*++q == 'h')
				len = 2, q++;
		} else if (*q == 'l' || *q == 'z' || *q == 't' || *q == 'j' || *q == 'L') {
			len = *q == 'L' ? 4 : 3;
			if (*q++ == 'l' && *q == 'l')
				q++;
		}
		conv = *q;
		f = q + 1;
		if (conv == 'd' || conv == 'i') {
			long long v = len > 2 ? va_arg(ap, long) : va_arg(ap, int);

			if (len == 1)
				v = (short)v;
			else if (len == 2)
				v = (signed char)v;
			u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
			pre[0] = v < 0 ? '-' : fl & F_PLUS ? '+' : ' ';
			np = v < 0 || (fl & (F_PLUS | F_SPACE));
		} else if (conv == 'u' || conv == 'x' || conv == 'X' || conv == 'o') {
			u = len > 2 ? va_arg(ap, unsigned long) : va_arg(ap, unsigned int);
			if (len == 1)
				u = (unsigned short)u;
			else if (len == 2)
				u = (unsigned char)u;
			if ((fl & F_ALT) && u && conv != 'u' && conv != 'o') {
				pre[0] = '0';
				pre[1] = conv;
				np = 2;
			}
		} else if (conv == 'p') {
			u = (unsigned long)va_arg(ap, void *);
			if (!u) {
				body = "(nil)";
				nb = 5;
				goto text;
			}
			/* "+0x1234": a sign first, as glibc */
			if (fl & (F_PLUS | F_SPACE))
				pre[np++] = fl & F_PLUS ? '+' : ' ';
			pre[np++] = '0';
			pre[np++] = 'x';
			fl &= ~F_ALT;
		} else if ((conv == 'c' || conv == 's') && len != 3) {
			if (conv == 'c') {
				c = (char)va_arg(ap, int);
				body = &c;
				nb = 1;
			} else {
				body = va_arg(ap, const char *);
				if (!body)
					body = prec < 0 || prec >= 6 ? "(null)" : "";
				nb = strnlen_(body, prec < 0 ? (size_t)-1 : (size_t)prec);
			}
			goto text;
		} else if (conv == '%') {
			put(s, "%", 1);
			continue;
		} else if (conv == 'n') {
			return -JS_EINVAL;
		} else if (!conv) {	/* a '%' ending the format: as written */
			put(s, spec, (size_t)(q - spec));
			return 0;
		} else {
			/* No floating point, no wide characters: the argument is
			 * taken (so the ones after it stay in place) and the
			 * conversion printed as written; so is an unknown one. */
			for (i = 0; i < 8 && "fFeEgGaA"[i] != conv; i++)
				;
			if (i < 8 && len == 4)
				(void)va_arg(ap, long double);
			else if (i < 8)
				(void)va_arg(ap, double);
			else if (conv == 'c')
				(void)va_arg(ap, unsigned int);
			else if (conv == 's')
				(void)va_arg(ap, void *);
			put(s, spec, (size_t)(f - spec));
			continue;
		}
		/* An integer: digits, then zeros for the precision (or the
		 * width, with '0' and no precision). */
		body = js__utoa(e, u, conv == 'o' ? 8 : conv == 'X' ? 16 | JS__UPPER :
				   conv == 'x' || conv == 'p' ? 16 : 10);
		nb = prec == 0 && !u ? 0 : (size_t)(e - body);
		if (prec >= 0 && (size_t)prec > nb)
			nz = (size_t)prec - nb;
		if (conv == 'o' && (fl & F_ALT) && !nz && !(nb && *body == '0'))
			nz = 1;
		if ((fl & (F_ZERO | F_MINUS)) == F_ZERO && prec < 0 && w > np + nz + nb)
			nz = w - np - nb;
		out(s, pre, np, nz, e - nb, nb, w, fl);
		continue;
text:
		out(s, "", 0, 0, body, nb, w, fl);
	}
}
