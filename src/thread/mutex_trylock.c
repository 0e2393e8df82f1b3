#include <libjs/errno.h>
#include <libjs/thread.h>

long js_mutex_trylock(struct js_mutex *m)
{
	uint32_t c = 0;

	if (!m)
		return -JS_EFAULT;
	return __atomic_compare_exchange_n(&m->__state, &c, 1, 0, __ATOMIC_ACQUIRE,
					   __ATOMIC_RELAXED) ? 0 : -JS_EBUSY;
}
