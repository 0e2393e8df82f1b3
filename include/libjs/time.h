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
#include "siginfo.h"

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
/* ---- tconst (issue 11): include/uapi/linux/time.h still numbers the
 * removed SGI clock; strace names it. ---- */
#define JS_CLOCK_SGI_CYCLE          10
/* ---- end of tconst ---- */
#define JS_TIMER_ABSTIME            0x01

/* ---- Timers, clock setting and process times (issue 14) ------------- */

/* struct itimerval (linux/time.h, __kernel_old_itimerval): setitimer(2),
 * getitimer(2). */
struct js_itimerval {
	struct js_timeval it_interval;
	struct js_timeval it_value;
};

/* struct tms (linux/times.h): times(2), in clock ticks
 * (sysconf(_SC_CLK_TCK), which is 100 -- USER_HZ -- on every Linux
 * architecture libjs supports; also js_getauxval(JS_AT_CLKTCK)). */
struct js_tms {
	long tms_utime;
	long tms_stime;
	long tms_cutime;
	long tms_cstime;
};

/* struct timex (linux/timex.h; 64-bit, so the same bytes as
 * struct __kernel_timex): adjtimex(2), clock_adjtime(2).  208 bytes;
 * the tail is reserved (glibc's unnamed int :32 fields). */
struct js_timex {
	unsigned int modes;
	long offset;
	long freq;
	long maxerror;
	long esterror;
	int status;
	long constant;
	long precision;
	long tolerance;
	struct js_timeval time;
	long tick;
	long ppsfreq;
	long jitter;
	int shift;
	long stabil;
	long jitcnt;
	long calcnt;
	long errcnt;
	long stbcnt;
	int tai;
	int __reserved[11];
};

/* The kernel's timer id (__kernel_timer_t): what timer_create(2) writes.
 * glibc's timer_t is a pointer-sized handle instead. */
typedef int js_timer_t;

/* setitimer(2): which is JS_ITIMER_REAL, _VIRTUAL or _PROF; new_value
 * NULL disarms (the kernel's tolerated misuse); old_value may be NULL. */
long js_setitimer(int which, const struct js_itimerval *new_value,
		  struct js_itimerval *old_value);
long js_getitimer(int which, struct js_itimerval *curr_value); /* getitimer(2) */
/* alarm(2): the seconds left of the previous alarm (0 if none).  Never
 * fails.  aarch64 and riscv64 have no alarm call: there it is
 * setitimer(ITIMER_REAL) with the kernel's own rounding of the time
 * left (up to a whole second when 0 s or >= 0.5 s would show). */
long js_alarm(unsigned int seconds);
/* times(2): the clock ticks since an arbitrary point (boot, offset); buf
 * may be NULL.  On 64-bit never in the -errno range but for a bad buf. */
long js_times(struct js_tms *buf);
/* clock_settime(2): CLOCK_REALTIME needs CAP_SYS_TIME; other clocks
 * -JS_EINVAL. */
long js_clock_settime(int clockid, const struct js_timespec *tp);
/* settimeofday(2): tv, tz or both may be NULL.  Setting tz for the first
 * time may warp the clock (the kernel's persistent-clock-is-local rule). */
long js_settimeofday(const struct js_timeval *tv, const struct js_timezone *tz);
/* adjtimex(2): the clock state (JS_TIME_OK ... JS_TIME_ERROR); modes 0
 * only reads. */
long js_adjtimex(struct js_timex *buf);
/* clock_adjtime(2): adjtimex for a given clock (CLOCK_REALTIME, or a PTP
 * clock's dynamic id); other clocks -JS_EOPNOTSUPP. */
long js_clock_adjtime(int clockid, struct js_timex *buf);

/* POSIX timers, the kernel's calls.  timer_create(2): sevp NULL is
 * SIGEV_SIGNAL with SIGALRM and the id as sigev_value; *timerid gets the
 * kernel's id.  JS_SIGEV_THREAD starts no thread here (see siginfo.h). */
long js_timer_create(int clockid, struct js_sigevent *sevp, js_timer_t *timerid);
/* timer_settime(2): flags 0 or JS_TIMER_ABSTIME; old_value may be NULL. */
long js_timer_settime(js_timer_t timerid, int flags,
		      const struct js_itimerspec *new_value,
		      struct js_itimerspec *old_value);
long js_timer_gettime(js_timer_t timerid, struct js_itimerspec *curr_value); /* timer_gettime(2) */
long js_timer_getoverrun(js_timer_t timerid);           /* timer_getoverrun(2) */
long js_timer_delete(js_timer_t timerid);               /* timer_delete(2) */

/* Interval timers (linux/time.h) */
#define JS_ITIMER_REAL    0
#define JS_ITIMER_VIRTUAL 1
#define JS_ITIMER_PROF    2

/* adjtimex modes (linux/timex.h), with NTP's MOD_ spellings */
#define JS_ADJ_OFFSET            0x0001
#define JS_ADJ_FREQUENCY         0x0002
#define JS_ADJ_MAXERROR          0x0004
#define JS_ADJ_ESTERROR          0x0008
#define JS_ADJ_STATUS            0x0010
#define JS_ADJ_TIMECONST         0x0020
#define JS_ADJ_TAI               0x0080
#define JS_ADJ_SETOFFSET         0x0100
#define JS_ADJ_MICRO             0x1000
#define JS_ADJ_NANO              0x2000
#define JS_ADJ_TICK              0x4000
#define JS_ADJ_OFFSET_SINGLESHOT 0x8001
#define JS_ADJ_OFFSET_SS_READ    0xa001
#define JS_MOD_OFFSET    JS_ADJ_OFFSET
#define JS_MOD_FREQUENCY JS_ADJ_FREQUENCY
#define JS_MOD_MAXERROR  JS_ADJ_MAXERROR
#define JS_MOD_ESTERROR  JS_ADJ_ESTERROR
#define JS_MOD_STATUS    JS_ADJ_STATUS
#define JS_MOD_TIMECONST JS_ADJ_TIMECONST
#define JS_MOD_TAI       JS_ADJ_TAI
#define JS_MOD_MICRO     JS_ADJ_MICRO
#define JS_MOD_NANO      JS_ADJ_NANO
#define JS_NTP_API       4
/* timex status bits */
#define JS_STA_PLL       0x0001
#define JS_STA_PPSFREQ   0x0002
#define JS_STA_PPSTIME   0x0004
#define JS_STA_FLL       0x0008
#define JS_STA_INS       0x0010
#define JS_STA_DEL       0x0020
#define JS_STA_UNSYNC    0x0040
#define JS_STA_FREQHOLD  0x0080
#define JS_STA_PPSSIGNAL 0x0100
#define JS_STA_PPSJITTER 0x0200
#define JS_STA_PPSWANDER 0x0400
#define JS_STA_PPSERROR  0x0800
#define JS_STA_CLOCKERR  0x1000
#define JS_STA_NANO      0x2000
#define JS_STA_MODE      0x4000
#define JS_STA_CLK       0x8000
#define JS_STA_RONLY (JS_STA_PPSSIGNAL | JS_STA_PPSJITTER | JS_STA_PPSWANDER | \
		      JS_STA_PPSERROR | JS_STA_CLOCKERR | JS_STA_NANO |      \
		      JS_STA_MODE | JS_STA_CLK)
/* clock states, adjtimex(2)'s result */
#define JS_TIME_OK    0
#define JS_TIME_INS   1
#define JS_TIME_DEL   2
#define JS_TIME_OOP   3
#define JS_TIME_WAIT  4
#define JS_TIME_ERROR 5
#define JS_TIME_BAD   JS_TIME_ERROR
/* ---- end of timers, clock setting and process times ----------------- */
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
