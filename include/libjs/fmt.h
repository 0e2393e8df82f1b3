/* Formatted output without libc: js_snprintf and friends, buffered output
 * to an fd (struct js_out) and js_perror.  docs/toolkit.md has the whole
 * contract; in short:
 *   - C99 printf conversions d i u x X o c s p %, flags - + space # 0,
 *     width and precision (also '*'), lengths hh h l ll z t j: output
 *     byte-identical to glibc's (tested on 200,000+ cases).
 *   - %n is refused: the call returns -JS_EINVAL (what was formatted
 *     before it is kept, NUL-terminated).  libjs is for privileged
 *     programs too, and %n is the format-string attacker's write.
 *   - No floating point: %f %F %e %E %g %G %a %A take their argument and
 *     print the conversion as written ("%.2f" prints %.2f).
 *   - Nothing allocated; every function is thread-safe.
 * Results are the length produced (int, as snprintf's), or -errno. */
#ifndef LIBJS_FMT_H
#define LIBJS_FMT_H

#include <stddef.h>
#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

#define JS__PRINTF(f, a) __attribute__((format(printf, f, a)))

/* snprintf(3): at most size bytes into buf, always NUL-terminated when
 * size > 0; returns the full length (without the NUL) even when it was
 * cut, so a result >= size means truncation. */
int js_snprintf(char *buf, size_t size, const char *fmt, ...) JS__PRINTF(3, 4);
int js_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap) JS__PRINTF(3, 0);

/* dprintf(3): formats to fd.  Output of up to JS_DPRINTF_BUF bytes goes
 * out in one write(2); longer output in JS_DPRINTF_BUF pieces.  Short
 * writes and EINTR are retried.  Returns the bytes written or the first
 * -errno. */
#define JS_DPRINTF_BUF 512
int js_dprintf(int fd, const char *fmt, ...) JS__PRINTF(2, 3);
int js_vdprintf(int fd, const char *fmt, va_list ap) JS__PRINTF(2, 0);

/* Buffered output to fd through the caller's buffer: bytes are kept in
 * buf until it is full or js_out_flush is called.  The first error of a
 * write is kept in err; after it, output is dropped, and js_out_flush
 * returns it.  Nothing is allocated and nothing is flushed behind the
 * caller's back (no exit hook): flush before exit.  One js_out per
 * thread, or the caller's own lock. */
struct js_out {
	char *buf;
	size_t size, len;	/* buf[0..len) waits to be written */
	int fd;
	int err;		/* 0 or the first -errno */
};
void js_out_init(struct js_out *o, int fd, char *buf, size_t size);
/* n bytes of p; returns 0, or the kept error. */
int js_out_write(struct js_out *o, const void *p, size_t n);
int js_out_str(struct js_out *o, const char *s);
/* Formats as js_snprintf; returns the length formatted, or the kept
 * error, or -JS_EINVAL (%n) / -JS_EOVERFLOW. */
int js_out_printf(struct js_out *o, const char *fmt, ...) JS__PRINTF(2, 3);
int js_out_vprintf(struct js_out *o, const char *fmt, va_list ap) JS__PRINTF(2, 0);
/* Writes what is buffered; returns 0 or the first error kept. */
int js_out_flush(struct js_out *o);

/* perror(3) with the error given: "prefix: message\n" ("message\n" when
 * prefix is NULL or empty) to fd 2 in one write (cut at 512 bytes).
 * err may be -2 or 2.  Returns the write's result. */
long js_perror(const char *prefix, long err);

#ifdef __cplusplus
}
#endif

#endif
