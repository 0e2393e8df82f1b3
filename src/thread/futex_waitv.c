#include <libjs/thread.h>
#include "../call.h"

/* 449 on every architecture (Linux 5.16, after the syscall numbers were
 * unified): present in all three generated tables. */
long js_futex_waitv(struct js_futex_waitv *waiters, unsigned int nr_futexes,
		    unsigned int flags, const struct js_timespec *timeout,
		    int clockid)
{
	return JS_SC5(JS_NR_futex_waitv, waiters, nr_futexes, flags, timeout,
		      clockid);
}
