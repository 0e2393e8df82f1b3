#include <libjs/thread.h>
#include <libjs/nr_new.h>
#include "../call.h"

/* futex_wake(2), Linux 6.7: nr_new.h numbers it on every architecture. */
long js_futex2_wake(void *uaddr, unsigned long mask, int nr,
		    unsigned int flags)
{
	return JS_SC4(JS_NR_futex_wake, uaddr, mask, nr, flags);
}
