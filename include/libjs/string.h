/* Strings, memory and numbers without libc (docs/toolkit.md).  All in
 * libjs.a (js_ names: usable next to glibc), except memcpy, memmove,
 * memset and memcmp, which libjs-rt.a defines for freestanding programs
 * only (the compiler itself may call them); next to glibc, glibc's are
 * used, and the declarations below are the same as glibc's, so both
 * headers can be included in one file.  Nothing allocates; all are
 * thread-safe. */
#ifndef LIBJS_STRING_H
#define LIBJS_STRING_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

size_t js_strlen(const char *s);
/* The length of s, but looking at no more than max bytes. */
size_t js_strnlen(const char *s, size_t max);
int js_strcmp(const char *a, const char *b);	/* bytes compared unsigned */
int js_strncmp(const char *a, const char *b, size_t n);
char *js_strchr(const char *s, int c);	/* c == 0 finds the terminator */
char *js_strrchr(const char *s, int c);
char *js_strstr(const char *hay, const char *needle);
void *js_memchr(const void *s, int c, size_t n);
/* strlcpy (BSD, glibc 2.38): copies at most size - 1 bytes and
 * NUL-terminates when size > 0; returns js_strlen(src), so a result >=
 * size means src was cut. */
size_t js_strlcpy(char *dst, const char *src, size_t size);

/* strtol(3) and family: C's rules (leading space, sign, base 0 reads
 * 0x/0 prefixes, base 16 accepts 0x, bases 2..36), with the error
 * through err instead of errno: *err is set to 0, or to -JS_ERANGE when
 * the value does not fit (the result is then the limit: LONG_MAX,
 * LONG_MIN or ULONG_MAX), or to -JS_EINVAL for a base outside 0, 2..36
 * (result 0, *end = s).  *end (unless end is NULL) points after the last
 * digit used, or at s when no digits were read.  err may be NULL.  As in
 * C, the unsigned forms accept a '-' and negate the result. */
long js_strtol(const char *s, char **end, int base, int *err);
unsigned long js_strtoul(const char *s, char **end, int base, int *err);
long long js_strtoll(const char *s, char **end, int base, int *err);
unsigned long long js_strtoull(const char *s, char **end, int base, int *err);

/* The four the compiler may call (libjs-rt.a; glibc's next to glibc).
 * Declared as glibc declares them, exception specification included. */
#if defined(__cplusplus) && __cplusplus >= 201103L
#define JS__NOTHROW noexcept(true)
#elif defined(__cplusplus)
#define JS__NOTHROW throw()
#else
#define JS__NOTHROW
#endif
void *memcpy(void *__restrict dst, const void *__restrict src, size_t n) JS__NOTHROW;
void *memmove(void *dst, const void *src, size_t n) JS__NOTHROW;
void *memset(void *s, int c, size_t n) JS__NOTHROW;
int memcmp(const void *a, const void *b, size_t n) JS__NOTHROW;
#undef JS__NOTHROW

#ifdef __cplusplus
}
#endif

#endif
