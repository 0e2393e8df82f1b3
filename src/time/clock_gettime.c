#include <libjs/time.h>
#include "../vdso/vdso.h"

/* clock_gettime(2) through the vDSO when it has the function
 * (docs/vdso.md).  A NULL tp goes to the kernel, which answers -EFAULT;
 * the vDSO would write through it.  The fast path is only the slot load,
 * the tests and the call (no frame to set up); the first call, the
 * traced call and the system call are out of line. */
typedef int (*fn)(int, struct js_timespec *);
static void *slot;

static long try_vdso(long *a)
{
	fn f = (fn)js__vdso_fn(&slot, JS_VDSO_SYM_CLOCK_GETTIME);

	if (!f || !a[1] || !js__vdso_clock(a[0]))
		return JS__VDSO_NO;
	return f((int)a[0], (struct js_timespec *)a[1]);
}

static __attribute__((noinline, cold)) long
slow(int clockid, struct js_timespec *tp)
{
	fn f = (fn)js__vdso_fn(&slot, JS_VDSO_SYM_CLOCK_GETTIME);

	if (f && tp) {
		if (JS__HOOKED())
			return js__hook_vdso(JS_NR_clock_gettime, clockid,
					     (long)tp, 0, try_vdso);
		return f(clockid, tp);
	}
	return JS_SC2(JS_NR_clock_gettime, clockid, tp);
}

long js_clock_gettime(int clockid, struct js_timespec *tp)
{
	fn f = (fn)js__vdso_ready(&slot);

	if (__builtin_expect(f && tp && !JS__HOOKED(), 1))
		return f(clockid, tp);
	return slow(clockid, tp);
}
