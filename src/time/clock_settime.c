#include <libjs/time.h>
#include "../call.h"

long js_clock_settime(int clockid, const struct js_timespec *tp)
{
	return JS_SC2(JS_NR_clock_settime, clockid, tp);
}
