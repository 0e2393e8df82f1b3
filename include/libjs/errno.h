/* Errors: every JS_E* the kernel defines (asm-generic/errno-base.h and
 * errno.h, same numbers on every Linux architecture libjs supports) and
 * their names and messages, without libc. */
#ifndef LIBJS_ERRNO_H
#define LIBJS_ERRNO_H

#include "errno_nr.h"

#ifdef __cplusplus
extern "C" {
#endif

/* glibc's strerror(3) text for e ("No such file or directory"); e may be
 * given as -2 or 2.  Never NULL: unknown numbers give "Unknown error". */
const char *js_strerror(long e);

/* The symbolic name of e ("ENOENT"), either sign; "EUNKNOWN" when e is not
 * an error number the kernel defines.  Never NULL. */
const char *js_errname(long e);

#ifdef __cplusplus
}
#endif

#endif
