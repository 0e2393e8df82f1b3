/* The layouts and constants of the time, timer and scheduling calls
 * (issue 14) against the kernel's own UAPI headers, as _Static_asserts:
 * compiled by tests/sh/test_timesched_arch_layout.sh with each
 * architecture's compiler against its own linux-libc-dev.  Kernel
 * headers only (glibc's side: tests/host/test_timesched_layout_glibc.c). */
#include <linux/time.h>
#include <linux/times.h>
#include <linux/timex.h>
#include <linux/resource.h>
#include <linux/sched.h>
#include <linux/sched/types.h>
#include <linux/ioprio.h>
#include <linux/personality.h>
#include <linux/posix_types.h>
#include <asm/signal.h>
#include <asm/siginfo.h>

/* sigevent's member macros, read before libjs's header meets them */
enum {
	k_fn = __builtin_offsetof(sigevent_t, sigev_notify_function),
	k_attr = __builtin_offsetof(sigevent_t, sigev_notify_attributes),
	k_tid = __builtin_offsetof(sigevent_t, sigev_notify_thread_id),
};
#undef sigev_notify_function
#undef sigev_notify_attributes
#undef sigev_notify_thread_id
/* and siginfo's, which libjs's own header does not want either */
#undef si_pid
#undef si_uid
#undef si_tid
#undef si_overrun
#undef si_status
#undef si_utime
#undef si_stime
#undef si_value
#undef si_int
#undef si_ptr
#undef si_addr
#undef si_addr_lsb
#undef si_lower
#undef si_upper
#undef si_pkey
#undef si_band
#undef si_fd
#undef si_call_addr
#undef si_syscall
#undef si_arch
#undef sa_handler
#undef sa_sigaction
#include "include/libjs/libjs.h"

#define SAME(a, b) _Static_assert((a) == (b), #a " == " #b)
#define OFF(t, m) __builtin_offsetof(t, m)
#define SZ(t, m) sizeof(((t *)0)->m)
#define FIELD(jt, kt, m) SAME(OFF(jt, m), OFF(kt, m)); SAME(SZ(jt, m), SZ(kt, m))
#define TYPE(jt, kt) SAME(sizeof(jt), sizeof(kt)); SAME(_Alignof(jt), _Alignof(kt))

/* struct itimerval, struct tms, struct timezone */
TYPE(struct js_itimerval, struct itimerval);
FIELD(struct js_itimerval, struct itimerval, it_interval);
FIELD(struct js_itimerval, struct itimerval, it_value);
TYPE(struct js_tms, struct tms);
FIELD(struct js_tms, struct tms, tms_utime);
FIELD(struct js_tms, struct tms, tms_stime);
FIELD(struct js_tms, struct tms, tms_cutime);
FIELD(struct js_tms, struct tms, tms_cstime);
TYPE(struct js_timezone, struct timezone);
FIELD(struct js_timezone, struct timezone, tz_minuteswest);
FIELD(struct js_timezone, struct timezone, tz_dsttime);

/* struct timex, and the 64-bit __kernel_timex it equals */
TYPE(struct js_timex, struct timex);
TYPE(struct js_timex, struct __kernel_timex);
#define TX(m) FIELD(struct js_timex, struct timex, m); \
	SAME(OFF(struct js_timex, m), OFF(struct __kernel_timex, m))
TX(modes); TX(offset); TX(freq); TX(maxerror); TX(esterror); TX(status);
TX(constant); TX(precision); TX(tolerance); TX(time); TX(tick);
TX(ppsfreq); TX(jitter); TX(shift); TX(stabil); TX(jitcnt); TX(calcnt);
TX(errcnt); TX(stbcnt); TX(tai);
SAME(sizeof(struct js_timex), 208);

/* struct sigevent */
TYPE(js_sigevent_t, sigevent_t);
TYPE(struct js_sigevent, struct sigevent);
FIELD(js_sigevent_t, sigevent_t, sigev_value);
FIELD(js_sigevent_t, sigevent_t, sigev_signo);
FIELD(js_sigevent_t, sigevent_t, sigev_notify);
FIELD(js_sigevent_t, sigevent_t, _sigev_un);
FIELD(js_sigevent_t, sigevent_t, _sigev_un._tid);
FIELD(js_sigevent_t, sigevent_t, _sigev_un._sigev_thread._function);
FIELD(js_sigevent_t, sigevent_t, _sigev_un._sigev_thread._attribute);
SAME(OFF(js_sigevent_t, sigev_notify_function), k_fn);
SAME(OFF(js_sigevent_t, sigev_notify_attributes), k_attr);
SAME(OFF(js_sigevent_t, sigev_notify_thread_id), k_tid);
SAME(sizeof(js_sigevent_t), SIGEV_MAX_SIZE);
SAME(JS_SIGEV_MAX_SIZE, SIGEV_MAX_SIZE);
SAME(JS_SIGEV_SIGNAL, SIGEV_SIGNAL); SAME(JS_SIGEV_NONE, SIGEV_NONE);
SAME(JS_SIGEV_THREAD, SIGEV_THREAD); SAME(JS_SIGEV_THREAD_ID, SIGEV_THREAD_ID);
SAME(sizeof(js_timer_t), sizeof(__kernel_timer_t));

/* fd_set */
TYPE(js_fd_set, __kernel_fd_set);
FIELD(js_fd_set, __kernel_fd_set, fds_bits);
SAME(JS_FD_SETSIZE, __FD_SETSIZE);

/* struct sched_param, struct sched_attr */
TYPE(struct js_sched_param, struct sched_param);
FIELD(struct js_sched_param, struct sched_param, sched_priority);
TYPE(struct js_sched_attr, struct sched_attr);
#define SA(m) FIELD(struct js_sched_attr, struct sched_attr, m)
SA(size); SA(sched_policy); SA(sched_flags); SA(sched_nice);
SA(sched_priority); SA(sched_runtime); SA(sched_deadline); SA(sched_period);
SA(sched_util_min); SA(sched_util_max);
SAME(JS_SCHED_ATTR_SIZE_VER0, SCHED_ATTR_SIZE_VER0);
SAME(JS_SCHED_ATTR_SIZE_VER1, SCHED_ATTR_SIZE_VER1);
SAME(sizeof(struct js_sched_attr), SCHED_ATTR_SIZE_VER1);

/* constants */
#define C(x) SAME(JS_##x, x)
C(ITIMER_REAL); C(ITIMER_VIRTUAL); C(ITIMER_PROF);
C(ADJ_OFFSET); C(ADJ_FREQUENCY); C(ADJ_MAXERROR); C(ADJ_ESTERROR);
C(ADJ_STATUS); C(ADJ_TIMECONST); C(ADJ_TAI); C(ADJ_SETOFFSET);
C(ADJ_MICRO); C(ADJ_NANO); C(ADJ_TICK); C(ADJ_OFFSET_SINGLESHOT);
C(ADJ_OFFSET_SS_READ);
C(MOD_OFFSET); C(MOD_FREQUENCY); C(MOD_MAXERROR); C(MOD_ESTERROR);
C(MOD_STATUS); C(MOD_TIMECONST); C(MOD_TAI); C(MOD_MICRO); C(MOD_NANO);
C(NTP_API);
C(STA_PLL); C(STA_PPSFREQ); C(STA_PPSTIME); C(STA_FLL); C(STA_INS);
C(STA_DEL); C(STA_UNSYNC); C(STA_FREQHOLD); C(STA_PPSSIGNAL);
C(STA_PPSJITTER); C(STA_PPSWANDER); C(STA_PPSERROR); C(STA_CLOCKERR);
C(STA_NANO); C(STA_MODE); C(STA_CLK); C(STA_RONLY);
C(TIME_OK); C(TIME_INS); C(TIME_DEL); C(TIME_OOP); C(TIME_WAIT);
C(TIME_ERROR); C(TIME_BAD);
C(PRIO_PROCESS); C(PRIO_PGRP); C(PRIO_USER); C(PRIO_MIN); C(PRIO_MAX);
C(SCHED_NORMAL); C(SCHED_FIFO); C(SCHED_RR); C(SCHED_BATCH);
C(SCHED_IDLE); C(SCHED_DEADLINE); C(SCHED_RESET_ON_FORK);
#ifdef SCHED_EXT
C(SCHED_EXT);
#endif
C(SCHED_FLAG_RESET_ON_FORK); C(SCHED_FLAG_RECLAIM); C(SCHED_FLAG_DL_OVERRUN);
C(SCHED_FLAG_KEEP_POLICY); C(SCHED_FLAG_KEEP_PARAMS);
C(SCHED_FLAG_UTIL_CLAMP_MIN); C(SCHED_FLAG_UTIL_CLAMP_MAX);
C(SCHED_FLAG_KEEP_ALL); C(SCHED_FLAG_UTIL_CLAMP); C(SCHED_FLAG_ALL);
C(IOPRIO_CLASS_SHIFT); C(IOPRIO_PRIO_MASK);
C(IOPRIO_CLASS_NONE); C(IOPRIO_CLASS_RT); C(IOPRIO_CLASS_BE);
C(IOPRIO_CLASS_IDLE);
C(IOPRIO_WHO_PROCESS); C(IOPRIO_WHO_PGRP); C(IOPRIO_WHO_USER);
SAME(JS_IOPRIO_PRIO_CLASS(0x4005), IOPRIO_PRIO_CLASS(0x4005));
SAME(JS_IOPRIO_PRIO_DATA(0x4005), IOPRIO_PRIO_DATA(0x4005));
#ifdef IOPRIO_NR_CLASSES
/* Linux 6.1's later headers (the host's) have these; the 6.1.4 cross
 * headers not yet. */
C(IOPRIO_NR_CLASSES); C(IOPRIO_CLASS_MASK); C(IOPRIO_CLASS_INVALID);
C(IOPRIO_LEVEL_NR_BITS); C(IOPRIO_NR_LEVELS); C(IOPRIO_LEVEL_MASK);
C(IOPRIO_BE_NR); C(IOPRIO_NORM); C(IOPRIO_BE_NORM);
SAME(JS_IOPRIO_PRIO_LEVEL(0x4005), IOPRIO_PRIO_LEVEL(0x4005));
#endif
#ifdef IOPRIO_HINT_SHIFT
C(IOPRIO_HINT_SHIFT); C(IOPRIO_HINT_NR_BITS); C(IOPRIO_NR_HINTS);
C(IOPRIO_HINT_MASK); C(IOPRIO_HINT_NONE);
C(IOPRIO_HINT_DEV_DURATION_LIMIT_1); C(IOPRIO_HINT_DEV_DURATION_LIMIT_2);
C(IOPRIO_HINT_DEV_DURATION_LIMIT_3); C(IOPRIO_HINT_DEV_DURATION_LIMIT_4);
C(IOPRIO_HINT_DEV_DURATION_LIMIT_5); C(IOPRIO_HINT_DEV_DURATION_LIMIT_6);
C(IOPRIO_HINT_DEV_DURATION_LIMIT_7);
SAME(JS_IOPRIO_PRIO_HINT(0x4005 | (3 << 3)), IOPRIO_PRIO_HINT(0x4005 | (3 << 3)));
#endif
C(UNAME26); C(ADDR_NO_RANDOMIZE); C(FDPIC_FUNCPTRS); C(MMAP_PAGE_ZERO);
C(ADDR_COMPAT_LAYOUT); C(READ_IMPLIES_EXEC); C(ADDR_LIMIT_32BIT);
C(SHORT_INODE); C(WHOLE_SECONDS); C(STICKY_TIMEOUTS); C(ADDR_LIMIT_3GB);
C(PER_CLEAR_ON_SETID);
C(PER_LINUX); C(PER_LINUX_32BIT); C(PER_LINUX_FDPIC); C(PER_SVR4);
C(PER_SVR3); C(PER_SCOSVR3); C(PER_OSR5); C(PER_WYSEV386); C(PER_ISCR4);
C(PER_BSD); C(PER_SUNOS); C(PER_XENIX); C(PER_LINUX32); C(PER_LINUX32_3GB);
C(PER_IRIX32); C(PER_IRIXN32); C(PER_IRIX64); C(PER_RISCOS);
C(PER_SOLARIS); C(PER_UW7); C(PER_OSF4); C(PER_HPUX); C(PER_MASK);
