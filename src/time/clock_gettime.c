#include <libjs/time.h>
#include "../call.h"

long js_clock_gettime(int clockid, struct js_timespec *tp)
{
	return JS_SC2(JS_NR_clock_gettime, clockid, tp);
}
