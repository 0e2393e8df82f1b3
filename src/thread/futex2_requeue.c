#include <libjs/thread.h>
#include <libjs/nr_new.h>
#include "../call.h"

/* futex_requeue(2), Linux 6.7: the kernel reads exactly two waiters. */
long js_futex2_requeue(const struct js_futex_waitv *waiters,
		       unsigned int flags, int nr_wake, int nr_requeue)
{
	return JS_SC4(JS_NR_futex_requeue, waiters, flags, nr_wake, nr_requeue);
}
