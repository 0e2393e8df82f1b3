/* Time: clocks and sleeping.  js_clock_gettime, js_clock_getres,
 * js_gettimeofday and js_time go through the kernel's vDSO when it has the
 * function (found once, on first use, without a lock; docs/vdso.md has
 * the table per architecture) and make the system call otherwise (no
 * vDSO, as under qemu-user; tp == NULL).  A vDSO function writes the
 * caller's struct in user space: a bad non-NULL pointer faults rather
 * than giving -JS_EFAULT, as with glibc.  js_clock_nanosleep and
 * js_nanosleep are always the system calls. */
#ifndef LIBJS_TIME_H
#define LIBJS_TIME_H

#include "sys.h"
#include "types.h"

#ifdef __cplusplus
extern "C" {
#endif

/* struct timezone (linux/time.h), gettimeofday(2)'s obsolete argument. */
struct js_timezone {
	int tz_minuteswest;
	int tz_dsttime;
};

long js_clock_gettime(int clockid, struct js_timespec *tp);  /* clock_gettime(2) */
long js_clock_getres(int clockid, struct js_timespec *res);  /* clock_getres(2) */
/* clock_nanosleep(2): the raw call returns -errno (glibc's returns the
 * positive error); flags 0 or JS_TIMER_ABSTIME. */
long js_clock_nanosleep(int clockid, int flags, const struct js_timespec *req,
			struct js_timespec *rem);
long js_nanosleep(const struct js_timespec *req, struct js_timespec *rem); /* nanosleep(2) */
long js_gettimeofday(struct js_timeval *tv, struct js_timezone *tz); /* gettimeofday(2) */
/* time(2): seconds since the Epoch, also stored in *tloc unless NULL. */
long js_time(long *tloc);

/* Clocks (linux/time.h) */
#define JS_CLOCK_REALTIME           0
#define JS_CLOCK_MONOTONIC          1
#define JS_CLOCK_PROCESS_CPUTIME_ID 2
#define JS_CLOCK_THREAD_CPUTIME_ID  3
#define JS_CLOCK_MONOTONIC_RAW      4
#define JS_CLOCK_REALTIME_COARSE    5
#define JS_CLOCK_MONOTONIC_COARSE   6
#define JS_CLOCK_BOOTTIME           7
#define JS_CLOCK_REALTIME_ALARM     8
#define JS_CLOCK_BOOTTIME_ALARM     9
#define JS_CLOCK_TAI                11
#define JS_TIMER_ABSTIME            0x01

/* ---- Toolkit (issue 13): broken-down UTC time. ---- */
/* struct tm as glibc lays it out (time.h; proven in
 * tests/host/test_time_gmtime.c), so it can be handed to code that
 * expects one. */
struct js_tm {
	int tm_sec, tm_min, tm_hour;	/* 0-60, 0-59, 0-23 */
	int tm_mday, tm_mon, tm_year;	/* 1-31, 0-11, years since 1900 */
	int tm_wday, tm_yday;		/* 0-6 from Sunday, 0-365 */
	int tm_isdst;			/* always 0 */
	long tm_gmtoff;			/* always 0 */
	const char *tm_zone;		/* always "GMT", as glibc's */
};
/* gmtime_r(3): the UTC calendar time of t seconds since the Epoch, the
 * proleptic Gregorian calendar, no time zones, no leap seconds.  0, or
 * -JS_EOVERFLOW when the year does not fit an int (tm untouched). */
long js_gmtime(long t, struct js_tm *tm);
/* ---- end toolkit ---- */

#ifdef __cplusplus
}
#endif

#endif
