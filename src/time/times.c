#include <libjs/time.h>
#include "../call.h"

long js_times(struct js_tms *buf)
{
	return JS_SC1(JS_NR_times, buf);
}
