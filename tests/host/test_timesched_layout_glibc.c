/* The time, timer and scheduling layouts and constants of issue 14
 * against glibc's headers (the kernel's side, on all three architectures:
 * tests/sh/test_timesched_arch_layout.sh).  glibc's headers come first,
 * so its sigev_notify_* macros are active when libjs's header is read:
 * the members they name must exist in js_sigevent at glibc's offsets. */
#include <signal.h>
#include <sched.h>
#include <string.h>
#include <sys/personality.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/timex.h>
#include <time.h>
#include "layout.h"
#include <libjs/libjs.h>

static void structs(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		LAYOUT_SIZE(js_itimerval, itimerval),
		LAYOUT_FIELD(js_itimerval, itimerval, it_interval),
		LAYOUT_FIELD(js_itimerval, itimerval, it_value),
		LAYOUT_SIZE(js_tms, tms),
		LAYOUT_FIELD(js_tms, tms, tms_utime),
		LAYOUT_FIELD(js_tms, tms, tms_stime),
		LAYOUT_FIELD(js_tms, tms, tms_cutime),
		LAYOUT_FIELD(js_tms, tms, tms_cstime),
		LAYOUT_SIZE(js_timezone, timezone),
		LAYOUT_SIZE(js_timex, timex),
		LAYOUT_ALIGN(js_timex, timex),
		LAYOUT_FIELD(js_timex, timex, modes),
		LAYOUT_FIELD(js_timex, timex, offset),
		LAYOUT_FIELD(js_timex, timex, freq),
		LAYOUT_FIELD(js_timex, timex, maxerror),
		LAYOUT_FIELD(js_timex, timex, esterror),
		LAYOUT_FIELD(js_timex, timex, status),
		LAYOUT_FIELD(js_timex, timex, constant),
		LAYOUT_FIELD(js_timex, timex, precision),
		LAYOUT_FIELD(js_timex, timex, tolerance),
		LAYOUT_FIELD(js_timex, timex, time),
		LAYOUT_FIELD(js_timex, timex, tick),
		LAYOUT_FIELD(js_timex, timex, ppsfreq),
		LAYOUT_FIELD(js_timex, timex, jitter),
		LAYOUT_FIELD(js_timex, timex, shift),
		LAYOUT_FIELD(js_timex, timex, stabil),
		LAYOUT_FIELD(js_timex, timex, jitcnt),
		LAYOUT_FIELD(js_timex, timex, calcnt),
		LAYOUT_FIELD(js_timex, timex, errcnt),
		LAYOUT_FIELD(js_timex, timex, stbcnt),
		LAYOUT_FIELD(js_timex, timex, tai),
		LAYOUT_SIZE(js_sigevent, sigevent),
		LAYOUT_ALIGN(js_sigevent, sigevent),
		LAYOUT_FIELD(js_sigevent, sigevent, sigev_value),
		LAYOUT_FIELD(js_sigevent, sigevent, sigev_signo),
		LAYOUT_FIELD(js_sigevent, sigevent, sigev_notify),
		/* through glibc's macros on both sides */
		LAYOUT_FIELD(js_sigevent, sigevent, sigev_notify_function),
		LAYOUT_FIELD(js_sigevent, sigevent, sigev_notify_attributes),
		LAYOUT_FIELD(js_sigevent, sigevent, _sigev_un._tid),
		{ "sizeof js_fd_set", (long)sizeof(js_fd_set), (long)sizeof(fd_set) },
		LAYOUT_SIZE(js_sched_param, sched_param),
		LAYOUT_FIELD(js_sched_param, sched_param, sched_priority),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

static void constants(void **state)
{
	(void)state;
	static const struct layout_row rows[] = {
		CONST_ROW(JS_ITIMER_REAL, ITIMER_REAL),
		CONST_ROW(JS_ITIMER_VIRTUAL, ITIMER_VIRTUAL),
		CONST_ROW(JS_ITIMER_PROF, ITIMER_PROF),
		CONST_ROW(JS_SIGEV_SIGNAL, SIGEV_SIGNAL), CONST_ROW(JS_SIGEV_NONE, SIGEV_NONE),
		CONST_ROW(JS_SIGEV_THREAD, SIGEV_THREAD),
		CONST_ROW(JS_SIGEV_THREAD_ID, SIGEV_THREAD_ID),
		CONST_ROW(JS_FD_SETSIZE, FD_SETSIZE),
		CONST_ROW(JS_ADJ_OFFSET, ADJ_OFFSET), CONST_ROW(JS_ADJ_FREQUENCY, ADJ_FREQUENCY),
		CONST_ROW(JS_ADJ_MAXERROR, ADJ_MAXERROR), CONST_ROW(JS_ADJ_ESTERROR, ADJ_ESTERROR),
		CONST_ROW(JS_ADJ_STATUS, ADJ_STATUS), CONST_ROW(JS_ADJ_TIMECONST, ADJ_TIMECONST),
		CONST_ROW(JS_ADJ_TAI, ADJ_TAI), CONST_ROW(JS_ADJ_SETOFFSET, ADJ_SETOFFSET),
		CONST_ROW(JS_ADJ_MICRO, ADJ_MICRO), CONST_ROW(JS_ADJ_NANO, ADJ_NANO),
		CONST_ROW(JS_ADJ_TICK, ADJ_TICK),
		CONST_ROW(JS_ADJ_OFFSET_SINGLESHOT, ADJ_OFFSET_SINGLESHOT),
		CONST_ROW(JS_ADJ_OFFSET_SS_READ, ADJ_OFFSET_SS_READ),
		CONST_ROW(JS_MOD_OFFSET, MOD_OFFSET), CONST_ROW(JS_MOD_FREQUENCY, MOD_FREQUENCY),
		CONST_ROW(JS_MOD_MAXERROR, MOD_MAXERROR), CONST_ROW(JS_MOD_ESTERROR, MOD_ESTERROR),
		CONST_ROW(JS_MOD_STATUS, MOD_STATUS), CONST_ROW(JS_MOD_TIMECONST, MOD_TIMECONST),
		CONST_ROW(JS_MOD_TAI, MOD_TAI), CONST_ROW(JS_MOD_MICRO, MOD_MICRO),
		CONST_ROW(JS_MOD_NANO, MOD_NANO),
		CONST_ROW(JS_STA_PLL, STA_PLL), CONST_ROW(JS_STA_PPSFREQ, STA_PPSFREQ),
		CONST_ROW(JS_STA_PPSTIME, STA_PPSTIME), CONST_ROW(JS_STA_FLL, STA_FLL),
		CONST_ROW(JS_STA_INS, STA_INS), CONST_ROW(JS_STA_DEL, STA_DEL),
		CONST_ROW(JS_STA_UNSYNC, STA_UNSYNC), CONST_ROW(JS_STA_FREQHOLD, STA_FREQHOLD),
		CONST_ROW(JS_STA_PPSSIGNAL, STA_PPSSIGNAL), CONST_ROW(JS_STA_PPSJITTER, STA_PPSJITTER),
		CONST_ROW(JS_STA_PPSWANDER, STA_PPSWANDER), CONST_ROW(JS_STA_PPSERROR, STA_PPSERROR),
		CONST_ROW(JS_STA_CLOCKERR, STA_CLOCKERR), CONST_ROW(JS_STA_NANO, STA_NANO),
		CONST_ROW(JS_STA_MODE, STA_MODE), CONST_ROW(JS_STA_CLK, STA_CLK),
		CONST_ROW(JS_STA_RONLY, STA_RONLY),
		CONST_ROW(JS_TIME_OK, TIME_OK), CONST_ROW(JS_TIME_INS, TIME_INS),
		CONST_ROW(JS_TIME_DEL, TIME_DEL), CONST_ROW(JS_TIME_OOP, TIME_OOP),
		CONST_ROW(JS_TIME_WAIT, TIME_WAIT), CONST_ROW(JS_TIME_ERROR, TIME_ERROR),
		CONST_ROW(JS_TIME_BAD, TIME_BAD),
		CONST_ROW(JS_PRIO_PROCESS, PRIO_PROCESS), CONST_ROW(JS_PRIO_PGRP, PRIO_PGRP),
		CONST_ROW(JS_PRIO_USER, PRIO_USER),
		CONST_ROW(JS_SCHED_OTHER, SCHED_OTHER), CONST_ROW(JS_SCHED_FIFO, SCHED_FIFO),
		CONST_ROW(JS_SCHED_RR, SCHED_RR), CONST_ROW(JS_SCHED_BATCH, SCHED_BATCH),
		CONST_ROW(JS_SCHED_IDLE, SCHED_IDLE), CONST_ROW(JS_SCHED_DEADLINE, SCHED_DEADLINE),
		CONST_ROW(JS_SCHED_RESET_ON_FORK, SCHED_RESET_ON_FORK),
		CONST_ROW(JS_UNAME26, UNAME26), CONST_ROW(JS_ADDR_NO_RANDOMIZE, ADDR_NO_RANDOMIZE),
		CONST_ROW(JS_FDPIC_FUNCPTRS, FDPIC_FUNCPTRS), CONST_ROW(JS_MMAP_PAGE_ZERO, MMAP_PAGE_ZERO),
		CONST_ROW(JS_ADDR_COMPAT_LAYOUT, ADDR_COMPAT_LAYOUT),
		CONST_ROW(JS_READ_IMPLIES_EXEC, READ_IMPLIES_EXEC),
		CONST_ROW(JS_ADDR_LIMIT_32BIT, ADDR_LIMIT_32BIT), CONST_ROW(JS_SHORT_INODE, SHORT_INODE),
		CONST_ROW(JS_WHOLE_SECONDS, WHOLE_SECONDS), CONST_ROW(JS_STICKY_TIMEOUTS, STICKY_TIMEOUTS),
		CONST_ROW(JS_ADDR_LIMIT_3GB, ADDR_LIMIT_3GB),
		CONST_ROW(JS_PER_LINUX, PER_LINUX), CONST_ROW(JS_PER_LINUX_32BIT, PER_LINUX_32BIT),
		CONST_ROW(JS_PER_LINUX_FDPIC, PER_LINUX_FDPIC), CONST_ROW(JS_PER_SVR4, PER_SVR4),
		CONST_ROW(JS_PER_SVR3, PER_SVR3), CONST_ROW(JS_PER_SCOSVR3, PER_SCOSVR3),
		CONST_ROW(JS_PER_OSR5, PER_OSR5), CONST_ROW(JS_PER_WYSEV386, PER_WYSEV386),
		CONST_ROW(JS_PER_ISCR4, PER_ISCR4), CONST_ROW(JS_PER_BSD, PER_BSD),
		CONST_ROW(JS_PER_SUNOS, PER_SUNOS), CONST_ROW(JS_PER_XENIX, PER_XENIX),
		CONST_ROW(JS_PER_LINUX32, PER_LINUX32), CONST_ROW(JS_PER_LINUX32_3GB, PER_LINUX32_3GB),
		CONST_ROW(JS_PER_IRIX32, PER_IRIX32), CONST_ROW(JS_PER_IRIXN32, PER_IRIXN32),
		CONST_ROW(JS_PER_IRIX64, PER_IRIX64), CONST_ROW(JS_PER_RISCOS, PER_RISCOS),
		CONST_ROW(JS_PER_SOLARIS, PER_SOLARIS), CONST_ROW(JS_PER_UW7, PER_UW7),
		CONST_ROW(JS_PER_OSF4, PER_OSF4), CONST_ROW(JS_PER_HPUX, PER_HPUX),
		CONST_ROW(JS_PER_MASK, PER_MASK),
	};
	check_rows(rows, ARRAY_LEN(rows));
}

/* The fd_set macros set the bits glibc's set, for descriptors across
 * the words; a js_fd_set filled by libjs reads the same through glibc's. */
static void fd_set_macros(void **state)
{
	(void)state;
	static const int fds[] = { 0, 1, 31, 63, 64, 65, 127, 500, 1023 };
	js_fd_set j;
	fd_set g;

	JS_FD_ZERO(&j);
	FD_ZERO(&g);
	assert_memory_equal(&j, &g, sizeof g);
	for (size_t i = 0; i < ARRAY_LEN(fds); i++) {
		JS_FD_SET(fds[i], &j);
		FD_SET(fds[i], &g);
		assert_memory_equal(&j, &g, sizeof g);
		assert_int_equal(JS_FD_ISSET(fds[i], &j), 1);
	}
	assert_int_equal(JS_FD_ISSET(2, &j), 0);
	assert_int_equal(JS_FD_ISSET(1022, &j), 0);
	for (size_t i = 0; i < ARRAY_LEN(fds); i += 2) {
		JS_FD_CLR(fds[i], &j);
		FD_CLR(fds[i], &g);
		assert_memory_equal(&j, &g, sizeof g);
		assert_int_equal(JS_FD_ISSET(fds[i], &j), 0);
		assert_int_equal(!!JS_FD_ISSET(fds[i], &j), !!FD_ISSET(fds[i], (fd_set *)&j));
	}
	JS_FD_ZERO(&j);
	FD_ZERO(&g);
	assert_memory_equal(&j, &g, sizeof g);
}

/* The ioprio macros take values apart and put them together as the
 * kernel's own (linux/ioprio.h, checked against it per architecture by
 * the layout script): a known value by hand here. */
static void ioprio_macros(void **state)
{
	(void)state;
	int v = JS_IOPRIO_PRIO_VALUE(JS_IOPRIO_CLASS_BE, 5);
	assert_int_equal(v, (2 << 13) | 5);
	assert_int_equal(JS_IOPRIO_PRIO_CLASS(v), JS_IOPRIO_CLASS_BE);
	assert_int_equal(JS_IOPRIO_PRIO_DATA(v), 5);
	assert_int_equal(JS_IOPRIO_PRIO_LEVEL(v), 5);
	v = JS_IOPRIO_PRIO_VALUE_HINT(JS_IOPRIO_CLASS_RT, 1, JS_IOPRIO_HINT_DEV_DURATION_LIMIT_3);
	assert_int_equal(v, (1 << 13) | (3 << 3) | 1);
	assert_int_equal(JS_IOPRIO_PRIO_HINT(v), 3);
	assert_int_equal(JS_IOPRIO_PRIO_VALUE(8, 0), JS_IOPRIO_CLASS_INVALID << 13);
	assert_int_equal(JS_IOPRIO_PRIO_VALUE(1, 8), JS_IOPRIO_CLASS_INVALID << 13);
	assert_int_equal(JS_IOPRIO_PRIO_VALUE(-1, 0), JS_IOPRIO_CLASS_INVALID << 13);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(structs),
		cmocka_unit_test(constants),
		cmocka_unit_test(fd_set_macros),
		cmocka_unit_test(ioprio_macros),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
