#include <libjs/time.h>
#include "../call.h"

long js_clock_adjtime(int clockid, struct js_timex *buf)
{
	return JS_SC2(JS_NR_clock_adjtime, clockid, buf);
}
