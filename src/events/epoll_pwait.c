#include <libjs/events.h>
#include "../call.h"

/* epoll_pwait(2): the system call takes the mask's size as a sixth
 * argument, which must be the kernel's sizeof(sigset_t) (8 bytes, _NSIG
 * 64) or the call fails with EINVAL; glibc's larger sigset_t is never
 * what is meant. */
long js_epoll_pwait(int epfd, struct js_epoll_event *events, int maxevents,
		    int timeout, const js_sigset_t *sigmask)
{
	return JS_SC6(JS_NR_epoll_pwait, epfd, events, maxevents, timeout,
		      sigmask, sizeof(js_sigset_t));
}
