#include <libjs/time.h>
#include "../vdso/vdso.h"

/* time(2).  The seconds come from the vDSO's time() where the
 * architecture's vDSO has one (x86_64), else from the time system call
 * where the architecture has one (x86_64 without a vDSO), else from the
 * realtime clock (js_clock_gettime: the vDSO or the system call).  None
 * is given tloc: libjs stores *tloc itself on every path, so a bad tloc
 * behaves the same everywhere (a fault, as with the vDSO, which writes
 * it in user space; docs/vdso.md lists this). */
#ifdef JS_VDSO_SYM_TIME
typedef long (*fn)(long *);
static void *slot;

static long try_vdso(long *a)
{
	fn f = (fn)js__vdso_fn(&slot, JS_VDSO_SYM_TIME);

	(void)a;
	return f ? f(0) : JS__VDSO_NO;
}
#endif

static __attribute__((noinline, cold)) long slow(void)
{
#ifdef JS_VDSO_SYM_TIME
	fn f = (fn)js__vdso_fn(&slot, JS_VDSO_SYM_TIME);

	if (f) {
		if (JS__HOOKED())
			return js__hook_vdso(JS_NR_time, 0, 0, 0, try_vdso);
		return f(0);
	}
#endif
#ifdef JS_NR_time
	return JS_SC1(JS_NR_time, 0);
#else
	struct js_timespec ts;
	long r = js_clock_gettime(JS_CLOCK_REALTIME, &ts);

	return r < 0 ? r : ts.tv_sec;
#endif
}

long js_time(long *tloc)
{
	long t;
#ifdef JS_VDSO_SYM_TIME
	fn f = (fn)js__vdso_ready(&slot);

	if (__builtin_expect(f && !JS__HOOKED(), 1))
		t = f(0);
	else
#endif
		t = slow();
	if (tloc && !JS_IS_ERR_VALUE(t))
		*tloc = t;
	return t;
}
