#include <libjs/time.h>
#include "../call.h"

/* alarm(2).  The generic table (aarch64, riscv64) has no alarm: the
 * kernel's own alarm is setitimer(ITIMER_REAL) with the old value
 * rounded to whole seconds, up when a pending alarm would read 0 s or
 * has half a second or more left (kernel/time/itimer.c,
 * alarm_setitimer), which is done here on the microseconds the
 * setitimer call returns. */
long js_alarm(unsigned int seconds)
{
#ifdef JS_NR_alarm
	return JS_SC1(JS_NR_alarm, seconds);
#else
	struct js_itimerval it = { { 0, 0 }, { (long)seconds, 0 } }, old;
	long r = JS_SC3(JS_NR_setitimer, JS_ITIMER_REAL, &it, &old);

	if (r < 0)
		return r;
	if ((!old.it_value.tv_sec && old.it_value.tv_usec) ||
	    old.it_value.tv_usec >= 500000)
		old.it_value.tv_sec++;
	return old.it_value.tv_sec;
#endif
}
