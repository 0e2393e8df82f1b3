#include <libjs/events.h>
#include "../call.h"

long js_timerfd_create(int clockid, int flags)
{
	return JS_SC2(JS_NR_timerfd_create, clockid, flags);
}
