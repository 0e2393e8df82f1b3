#include <libjs/time.h>
#include "../call.h"

long js_clock_getres(int clockid, struct js_timespec *res)
{
	return JS_SC2(JS_NR_clock_getres, clockid, res);
}
