#include <libjs/events.h>
#include "../call.h"

long js_epoll_ctl(int epfd, int op, int fd, struct js_epoll_event *event)
{
	return JS_SC4(JS_NR_epoll_ctl, epfd, op, fd, event);
}
