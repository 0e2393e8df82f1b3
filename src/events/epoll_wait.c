#include <libjs/events.h>
#include "../call.h"

/* epoll_wait(2).  Without the legacy call (asm-generic table), the same
 * thing as epoll_pwait with no mask, which is how the kernel defines it. */
long js_epoll_wait(int epfd, struct js_epoll_event *events, int maxevents,
		   int timeout)
{
#ifdef JS_NR_epoll_wait
	return JS_SC4(JS_NR_epoll_wait, epfd, events, maxevents, timeout);
#else
	return JS_SC6(JS_NR_epoll_pwait, epfd, events, maxevents, timeout, 0,
		      sizeof(js_sigset_t));
#endif
}
