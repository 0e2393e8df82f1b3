#include <libjs/events.h>
#include "../call.h"

long js_timerfd_gettime(int fd, struct js_itimerspec *curr_value)
{
	return JS_SC2(JS_NR_timerfd_gettime, fd, curr_value);
}
