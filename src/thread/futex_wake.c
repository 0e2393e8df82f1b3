#include <libjs/thread.h>
#include "../call.h"

long js_futex_wake(uint32_t *addr, int count)
{
	return JS_SC3(JS_NR_futex, addr, JS_FUTEX_WAKE_PRIVATE, count);
}
