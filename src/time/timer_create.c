#include <libjs/time.h>
#include "../call.h"

long js_timer_create(int clockid, struct js_sigevent *sevp, js_timer_t *timerid)
{
	return JS_SC3(JS_NR_timer_create, clockid, sevp, timerid);
}
