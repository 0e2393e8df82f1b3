#include <libjs/time.h>
#include "../vdso/vdso.h"

/* gettimeofday(2) through the vDSO when it has the function
 * (docs/vdso.md); it accepts NULL for either argument, as the kernel
 * does.  Fast path and out-of-line rest as in clock_gettime.c. */
typedef int (*fn)(struct js_timeval *, struct js_timezone *);
static void *slot;

static long try_vdso(long *a)
{
	fn f = (fn)js__vdso_fn(&slot, JS_VDSO_SYM_GETTIMEOFDAY);

	if (!f)
		return JS__VDSO_NO;
	return f((struct js_timeval *)a[0], (struct js_timezone *)a[1]);
}

static __attribute__((noinline, cold)) long
slow(struct js_timeval *tv, struct js_timezone *tz)
{
	fn f = (fn)js__vdso_fn(&slot, JS_VDSO_SYM_GETTIMEOFDAY);

	if (f) {
		if (JS__HOOKED())
			return js__hook_vdso(JS_NR_gettimeofday, (long)tv,
					     (long)tz, 0, try_vdso);
		return f(tv, tz);
	}
	return JS_SC2(JS_NR_gettimeofday, tv, tz);
}

long js_gettimeofday(struct js_timeval *tv, struct js_timezone *tz)
{
	fn f = (fn)js__vdso_ready(&slot);

	if (__builtin_expect(f && !JS__HOOKED(), 1))
		return f(tv, tz);
	return slow(tv, tz);
}
