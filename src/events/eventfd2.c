#include <libjs/events.h>
#include "../call.h"

long js_eventfd2(unsigned int initval, int flags)
{
	return JS_SC2(JS_NR_eventfd2, initval, flags);
}
