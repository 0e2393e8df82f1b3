#include <libjs/time.h>
#include "../call.h"

long js_timer_settime(js_timer_t timerid, int flags,
		      const struct js_itimerspec *new_value,
		      struct js_itimerspec *old_value)
{
	return JS_SC4(JS_NR_timer_settime, timerid, flags, new_value, old_value);
}
