#include <libjs/errno.h>
#include <libjs/thread.h>
#include "../call.h"

/* The word: 0 not run, 1 running, 2 running and someone sleeps on it,
 * 3 done.  Only the state 2 costs the runner a wake-up call. */
enum { NOT_RUN, RUNNING, WAITED, DONE };

__attribute__((noinline, cold)) static long once_slow(struct js_once *o,
						       void (*fn)(void))
{
	uint32_t c = NOT_RUN;

	if (!o || !fn)
		return -JS_EFAULT;
	if (__atomic_compare_exchange_n(&o->__state, &c, RUNNING, 0,
					__ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE)) {
		fn();
		if (__atomic_exchange_n(&o->__state, DONE, __ATOMIC_RELEASE) == WAITED)
			(void)JS_SC3(JS_NR_futex, &o->__state, JS_FUTEX_WAKE_PRIVATE,
				     0x7fffffff);
		return 0;
	}
	while (c != DONE) {
		/* Announce a sleeper before sleeping, so the runner wakes us;
		 * a failed swap reloads c (now 2 or 3) and decides again. */
		if (c == RUNNING &&
		    !__atomic_compare_exchange_n(&o->__state, &c, WAITED, 0,
						 __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE))
			continue;
		(void)JS_SC4(JS_NR_futex, &o->__state, JS_FUTEX_WAIT_PRIVATE,
			     WAITED, 0);
		c = __atomic_load_n(&o->__state, __ATOMIC_ACQUIRE);
	}
	return 0;
}

long js_once(struct js_once *o, void (*fn)(void))
{
	/* Done: one acquire load, which also makes fn's writes visible. */
	if (__builtin_expect(o && __atomic_load_n(&o->__state, __ATOMIC_ACQUIRE) == DONE, 1))
		return 0;
	return once_slow(o, fn);
}
