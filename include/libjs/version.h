/* The library's version: the one place it is written.  The Makefile reads
 * these three lines for libjs.pc's Version field, so the header a program
 * compiles against and the pkg-config file it was found by agree. */
#ifndef LIBJS_VERSION_H
#define LIBJS_VERSION_H

#define JS_VERSION_MAJOR 0
#define JS_VERSION_MINOR 1
#define JS_VERSION_PATCH 0

/* "MAJOR.MINOR.PATCH", made from the three numbers above. */
#define JS__VERSION_STR_(x) #x
#define JS__VERSION_STR(x) JS__VERSION_STR_(x)
#define JS_VERSION JS__VERSION_STR(JS_VERSION_MAJOR) "." \
	JS__VERSION_STR(JS_VERSION_MINOR) "." JS__VERSION_STR(JS_VERSION_PATCH)

/* A number to compare with #if: JS_VERSION_NUMBER >= 0x000100 is 0.1.0 or
 * later. */
#define JS_VERSION_NUMBER \
	((JS_VERSION_MAJOR << 16) | (JS_VERSION_MINOR << 8) | JS_VERSION_PATCH)

#ifdef __cplusplus
extern "C" {
#endif
#ifdef __cplusplus
}
#endif

#endif
