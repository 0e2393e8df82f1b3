#include <libjs/time.h>
#include "../call.h"

long js_clock_nanosleep(int clockid, int flags, const struct js_timespec *req,
			struct js_timespec *rem)
{
	return JS_SC4(JS_NR_clock_nanosleep, clockid, flags, req, rem);
}
