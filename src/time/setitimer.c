#include <libjs/time.h>
#include "../call.h"

long js_setitimer(int which, const struct js_itimerval *new_value,
		  struct js_itimerval *old_value)
{
	return JS_SC3(JS_NR_setitimer, which, new_value, old_value);
}
