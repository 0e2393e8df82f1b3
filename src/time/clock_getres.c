#include <libjs/time.h>
#include "../vdso/vdso.h"

/* clock_getres(2) through the vDSO when it has the function
 * (docs/vdso.md); it accepts a NULL res, as the kernel does.  Fast path
 * and out-of-line rest as in clock_gettime.c. */
typedef int (*fn)(int, struct js_timespec *);
static void *slot;

static long try_vdso(long *a)
{
	fn f = (fn)js__vdso_fn(&slot, JS_VDSO_SYM_CLOCK_GETRES);

	if (!f || !js__vdso_clock(a[0]))
		return JS__VDSO_NO;
	return f((int)a[0], (struct js_timespec *)a[1]);
}

static __attribute__((noinline, cold)) long
slow(int clockid, struct js_timespec *res)
{
	fn f = (fn)js__vdso_fn(&slot, JS_VDSO_SYM_CLOCK_GETRES);

	if (f) {
		if (JS__HOOKED())
			return js__hook_vdso(JS_NR_clock_getres, clockid,
					     (long)res, 0, try_vdso);
		return f(clockid, res);
	}
	return JS_SC2(JS_NR_clock_getres, clockid, res);
}

long js_clock_getres(int clockid, struct js_timespec *res)
{
	fn f = (fn)js__vdso_ready(&slot);

	if (__builtin_expect(f && !JS__HOOKED(), 1))
		return f(clockid, res);
	return slow(clockid, res);
}
