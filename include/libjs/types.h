/* Basic kernel types shared by every domain and every 64-bit architecture.
 * Layouts: include/uapi/linux/time_types.h (__kernel_timespec,
 * __kernel_old_timeval), linux/utime.h, linux/uio.h. */
#ifndef LIBJS_TYPES_H
#define LIBJS_TYPES_H

#include <stddef.h>
#include <stdint.h>

/* Around a flexible array member (the kernel's "char name[]", a record's
 * variable tail).  C++ has none; g++ and clang++ take one as an extension
 * with the layout C gives it, which -pedantic reports: the declaration is
 * made with that report silenced, the same bytes in both languages. */
#ifdef __cplusplus
#define JS__FLEX_BEGIN _Pragma("GCC diagnostic push") \
	_Pragma("GCC diagnostic ignored \"-Wpedantic\"") JS__FLEX_CLANG
#ifdef __clang__
#define JS__FLEX_CLANG _Pragma("GCC diagnostic ignored \"-Wc99-extensions\"")
#else
#define JS__FLEX_CLANG
#endif
#define JS__FLEX_END _Pragma("GCC diagnostic pop")
#else
#define JS__FLEX_BEGIN
#define JS__FLEX_END
#endif

/* struct __kernel_timespec / timespec(3type) */
struct js_timespec {
	long tv_sec;
	long tv_nsec;
};

/* struct __kernel_old_timeval / timeval(3type) */
struct js_timeval {
	long tv_sec;
	long tv_usec;
};

/* struct itimerspec (include/uapi/linux/time_types.h,
 * __kernel_itimerspec): timerfd_settime(2), timer_settime(2) */
struct js_itimerspec {
	struct js_timespec it_interval;
	struct js_timespec it_value;
};

/* struct utimbuf (linux/utime.h) */
struct js_utimbuf {
	long actime;
	long modtime;
};

/* struct iovec (linux/uio.h) */
struct js_iovec {
	void *iov_base;
	size_t iov_len;
};

/* The kernel's signal set (rt_sigprocmask(2), epoll_pwait(2), ppoll(2)):
 * _NSIG = 64 signals, 8 bytes on every architecture libjs supports, bit
 * n-1 is signal n.  glibc's sigset_t is 128 bytes; the kernel reads 8, and
 * every libjs call passes that size itself. */
typedef struct {
	unsigned long sig[1];
} js_sigset_t;

typedef long js_off_t;
typedef unsigned int js_mode_t;
typedef unsigned int js_uid_t;
typedef unsigned int js_gid_t;

#endif
