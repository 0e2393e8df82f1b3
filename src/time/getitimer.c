#include <libjs/time.h>
#include "../call.h"

long js_getitimer(int which, struct js_itimerval *curr_value)
{
	return JS_SC2(JS_NR_getitimer, which, curr_value);
}
