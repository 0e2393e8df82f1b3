#include <libjs/errno.h>
#include <libjs/thread.h>
#include "../call.h"

__attribute__((noinline, cold)) static void wake_one(struct js_mutex *m)
{
	(void)JS_SC3(JS_NR_futex, &m->__state, JS_FUTEX_WAKE_PRIVATE, 1);
}

long js_mutex_unlock(struct js_mutex *m)
{
	if (__builtin_expect(!m, 0))
		return -JS_EFAULT;
	/* 1 -> 0 needs nobody woken; 2 means someone may sleep on it. */
	if (__builtin_expect(__atomic_exchange_n(&m->__state, 0, __ATOMIC_RELEASE) == 2, 0))
		wake_one(m);
	return 0;
}
