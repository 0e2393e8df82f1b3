#include <libjs/time.h>
#include "../call.h"

long js_timer_gettime(js_timer_t timerid, struct js_itimerspec *curr_value)
{
	return JS_SC2(JS_NR_timer_gettime, timerid, curr_value);
}
