#include <libjs/time.h>
#include "../call.h"

long js_nanosleep(const struct js_timespec *req, struct js_timespec *rem)
{
	return JS_SC2(JS_NR_nanosleep, req, rem);
}
