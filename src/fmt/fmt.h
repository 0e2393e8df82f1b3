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

/* v in base 8, 10 or 16 (16 | JS__UPPER: A-F), written backwards ending
 * at q; returns the first digit ("0" for 0).  The one digit writer of the
 * library: printf's conversions, the trace's numbers, inet_ntop's groups.
 * Small on purpose (a js_dprintf program is about a kilobyte): divisions
 * by 10 are multiplies, 8 and 16 are shifts. */
#define JS__UPPER 32
JS__HIDDEN char *js__utoa(char *q, unsigned long long v, unsigned int base);

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
