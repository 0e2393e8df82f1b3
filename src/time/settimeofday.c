#include <libjs/time.h>
#include "../call.h"

long js_settimeofday(const struct js_timeval *tv, const struct js_timezone *tz)
{
	return JS_SC2(JS_NR_settimeofday, tv, tz);
}
