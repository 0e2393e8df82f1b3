#include <libjs/time.h>
#include "../call.h"

long js_gettimeofday(struct js_timeval *tv, struct js_timezone *tz)
{
	return JS_SC2(JS_NR_gettimeofday, tv, tz);
}
