/* The line writer: bounded appends to a trace line (struct js__w never
 * overflows), numbers, and strace's quoting of data (string_quote in
 * strace's util.c is the behaviour matched, not the code). */
#include "trace.h"
#include "../fmt/fmt.h"

void js__putc(struct js__w *w, char c)
{
	if (w->p < w->end)
		*w->p++ = c;
}

void js__put(struct js__w *w, const char *s)
{
	char *p = w->p;

	while (*s && p < w->end)
		*p++ = *s++;
	w->p = p;
}

void js__put_cut(struct js__w *w, const char *s, size_t n)
{
	char *p = w->p;

	while (n-- && p < w->end)
		*p++ = *s++;
	w->p = p;
}

void js__put_udec(struct js__w *w, unsigned long v)
{
	size_t n;
	char b[40], *q;	/* the digits end at b + 20; 20 more to copy past them */

	if (v < 10 && w->p < w->end) {	/* fds, zeros: the commonest */
		*w->p++ = (char)('0' + v);
		return;
	}
	q = js__utoa(b + 20, v, 10);
	n = (size_t)(b + 20 - q);
	if (w->end - w->p >= 20) {
		/* A fixed 20 bytes (the longest number) copies in a few moves,
		 * where n bytes would be a call; the line end is moved past
		 * the digits only. */
		__builtin_memcpy(w->p, q, 20);
		w->p += n;
	} else {
		js__put_n(w, q, n);
	}
}

void js__put_dec(struct js__w *w, long v)
{
	if (v < 0) {
		js__putc(w, '-');
		js__put_udec(w, 0 - (unsigned long)v);
	} else {
		js__put_udec(w, (unsigned long)v);
	}
}

void js__put_hex(struct js__w *w, unsigned long v)
{
	char t[18], *q;

	if (!v) {
		js__putc(w, '0');
		return;
	}
	q = js__utoa(t + sizeof t, v, 16);
	*--q = 'x';
	*--q = '0';
	js__put_n(w, q, (size_t)(t + sizeof t - q));
}

/* printf's "%#03lo": 0644, 022, 000. */
void js__put_oct(struct js__w *w, unsigned long v)
{
	char t[24], *e = t + sizeof t, *q = js__utoa(e, v, 8);

	if (v)
		*--q = '0';
	while (e - q < 3)
		*--q = '0';
	js__put_cut(w, q, (size_t)(e - q));
}

/* Bytes quoted as themselves: printable ASCII but '"' and '\\'. */
static const unsigned char plain[256] = {
	[0x20] =
	1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

/* Byte i of s[0..n) as strace quotes it, at most 4 characters at p;
 * returns the end. */
static char *qbyte(char *p, const unsigned char *s, size_t i, size_t n, int hex)
{
	unsigned char c = s[i];

	if (hex) {	/* bytes with no text in them */
		p[0] = '\\';
		p[1] = 'x';
		p[2] = "0123456789abcdef"[c >> 4];
		p[3] = "0123456789abcdef"[c & 15];
		return p + 4;
	}
	if (c >= ' ' && c < 0x7f && c != '"' && c != '\\') {
		*p = (char)c;
		return p + 1;
	}
	*p++ = '\\';
	switch (c) {
	case '"': *p = '"'; return p + 1;
	case '\\': *p = '\\'; return p + 1;
	case '\f': *p = 'f'; return p + 1;
	case '\n': *p = 'n'; return p + 1;
	case '\r': *p = 'r'; return p + 1;
	case '\t': *p = 't'; return p + 1;
	case '\v': *p = 'v'; return p + 1;
	}
	/* Octal, as short as it can be unless an octal digit follows (then
	 * always three digits). */
	if ((i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '7') || c >= 64) {
		*p++ = (char)('0' + (c >> 6));
		*p++ = (char)('0' + ((c >> 3) & 7));
	} else if (c >= 8) {
		*p++ = (char)('0' + (c >> 3));
	}
	*p = (char)('0' + (c & 7));
	return p + 1;
}

/* The bytes s[0..n) quoted, without the quotes; s[n..avail) is only
 * looked at (the octal rule looks one byte ahead), so that a string
 * quoted in pieces reads as if quoted whole. */
void js__put_qpart(struct js__w *w, const unsigned char *s, size_t n,
		   size_t avail, int hex)
{
	size_t i, room = (size_t)(w->end - w->p);

	if (n <= room / 4) {
		/* Room for the worst case: quote straight into the line. */
		char *p = w->p;

		if (hex)
			for (i = 0; i < n; i++)
				p = qbyte(p, s, i, avail, 1);
		else
			for (i = 0; i < n; i++)
				/* Printable text, the usual case, as is. */
				if (plain[s[i]])
					*p++ = (char)s[i];
				else
					p = qbyte(p, s, i, avail, 0);
		w->p = p;
	} else {
		for (i = 0; i < n; i++) {
			char t[4];

			js__put_cut(w, t, (size_t)(qbyte(t, s, i, avail, hex) - t));
		}
	}
}

void js__put_quoted(struct js__w *w, const unsigned char *s, size_t n, int more)
{
	js__putc(w, '"');
	js__put_qpart(w, s, n, n, (more & JS__QHEX) != 0);
	js__putc(w, '"');
	if (more & 1)
		JS__PUTS(w, "...");
}
