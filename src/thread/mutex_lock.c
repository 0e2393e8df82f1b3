#include <libjs/errno.h>
#include <libjs/thread.h>
#include "../call.h"

/* Contended: mark the word 2 ("waiters maybe") with an exchange, which
 * also takes the mutex if it was free in between; sleep while it stays
 * 2.  Whoever leaves the word at 2 on taking it makes the next unlock
 * wake someone: a wake too many at worst, never one too few. */
__attribute__((noinline, cold)) static long lock_slow(struct js_mutex *m)
{
	while (__atomic_exchange_n(&m->__state, 2, __ATOMIC_ACQUIRE) != 0)
		(void)JS_SC4(JS_NR_futex, &m->__state, JS_FUTEX_WAIT_PRIVATE, 2, 0);
	return 0;
}

long js_mutex_lock(struct js_mutex *m)
{
	uint32_t c = 0;

	if (__builtin_expect(!m, 0))
		return -JS_EFAULT;
	/* Uncontended: one compare-and-swap 0 -> 1, no system call. */
	if (__builtin_expect(__atomic_compare_exchange_n(&m->__state, &c, 1, 0,
							 __ATOMIC_ACQUIRE,
							 __ATOMIC_RELAXED), 1))
		return 0;
	return lock_slow(m);
}
