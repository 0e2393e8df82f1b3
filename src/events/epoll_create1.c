#include <libjs/events.h>
#include "../call.h"

long js_epoll_create1(int flags)
{
	return JS_SC1(JS_NR_epoll_create1, flags);
}
