#include <libjs/thread.h>
#include <libjs/nr_new.h>
#include "../call.h"

/* futex_wait(2), Linux 6.7.  The timeout is absolute on clockid, unlike
 * FUTEX_WAIT's relative one. */
long js_futex2_wait(void *uaddr, unsigned long val, unsigned long mask,
		    unsigned int flags, const struct js_timespec *timeout,
		    int clockid)
{
	return JS_SC6(JS_NR_futex_wait, uaddr, val, mask, flags, timeout, clockid);
}
