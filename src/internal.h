/* Small internal helpers shared by several wrappers.  Hidden: not part of
 * the API, but still js_-prefixed so libjs.a exports nothing unprefixed. */
#ifndef LIBJS_SRC_INTERNAL_H
#define LIBJS_SRC_INTERNAL_H

#include <stddef.h>

#define JS__HIDDEN __attribute__((visibility("hidden")))

/* offsetof(struct js_linux_dirent64, d_name): records are never shorter. */
#define JS__DIRENT_HDR 19
/* The largest count js_getdents64 hands the kernel: its count is an
 * unsigned int (a bigger size_t would be cut to its low 32 bits, and 4 GiB
 * reads as 0), and the kernel caps any read at MAX_RW_COUNT
 * (INT_MAX & PAGE_MASK) anyway. */
#define JS__GETDENTS_MAX 0x7ffff000u

/* open(2), openat(2): the mode argument exists only when the flags can
 * create a file (O_CREAT, O_TMPFILE); reading it otherwise would read a
 * register the caller never set, so it is fetched only then, as glibc
 * does.  `last` is the variadic function's last named parameter. */
#define JS__OPEN_MODE(mode, last)                                             \
	do {                                                                  \
		if (((last) & JS_O_CREAT) ||                                  \
		    ((last) & JS_O_TMPFILE) == JS_O_TMPFILE) {                \
			va_list ap_;                                          \
			va_start(ap_, last);                                  \
			(mode) = va_arg(ap_, unsigned int);                   \
			va_end(ap_);                                          \
		}                                                             \
	} while (0)

/* For the thread code, on thread exit (after the thread's last
 * js_getrandom): gives the calling thread's vDSO getrandom state back to
 * the pool for the next thread (src/proc/getrandom.c).  Lock-free and
 * async-signal-safe; a no-op for a thread that never had a state.
 * Reference it weakly (`extern ... __attribute__((weak))`, call it when
 * non-NULL) so that a program that never calls js_getrandom carries
 * none of the getrandom code. */
JS__HIDDEN void js__getrandom_thread_exit(void);

/* Whether the program is privileged (AT_SECURE; src/proc/env.c). */
JS__HIDDEN int js__secure(void);

/* Copy n bytes (at most JS__KCOPY_MAX) from src to dst through the
 * kernel (src/sys/kcopy.c): 0, or -JS_EFAULT when either side is bad, or
 * the -errno of the pipe it needs (-JS_EMFILE). */
#define JS__KCOPY_MAX 4096
JS__HIDDEN long js__kcopy(void *dst, const void *src, size_t n);

#endif
