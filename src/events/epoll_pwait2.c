#include <libjs/events.h>
#include "../call.h"

/* epoll_pwait2(2): as epoll_pwait, with the kernel's 64-bit timespec. */
long js_epoll_pwait2(int epfd, struct js_epoll_event *events, int maxevents,
		     const struct js_timespec *timeout,
		     const js_sigset_t *sigmask)
{
	return JS_SC6(JS_NR_epoll_pwait2, epfd, events, maxevents, timeout,
		      sigmask, sizeof(js_sigset_t));
}
