#include <libjs/thread.h>
#include "../call.h"

/* FUTEX_WAIT is the one operation whose timeout is relative; the private
 * flag skips the kernel's shared-mapping lookup. */
long js_futex_wait(uint32_t *addr, uint32_t expected,
		   const struct js_timespec *timeout)
{
	return JS_SC4(JS_NR_futex, addr, JS_FUTEX_WAIT_PRIVATE, expected,
		      timeout);
}
