#include <libjs/thread.h>
#include "../call.h"

long js_futex(uint32_t *uaddr, int futex_op, uint32_t val,
	      const struct js_timespec *timeout, uint32_t *uaddr2,
	      uint32_t val3)
{
	return JS_SC6(JS_NR_futex, uaddr, futex_op, val, timeout, uaddr2, val3);
}
