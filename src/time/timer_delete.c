#include <libjs/time.h>
#include "../call.h"

long js_timer_delete(js_timer_t timerid)
{
	return JS_SC1(JS_NR_timer_delete, timerid);
}
