#include <libjs/events.h>
#include "../call.h"

long js_timerfd_settime(int fd, int flags,
			const struct js_itimerspec *new_value,
			struct js_itimerspec *old_value)
{
	return JS_SC4(JS_NR_timerfd_settime, fd, flags, new_value, old_value);
}
