#include <libjs/events.h>
#include <libjs/errno.h>
#include "../call.h"

/* epoll_create(2).  Without the legacy call (asm-generic table), the same
 * thing through epoll_create1: the kernel's own epoll_create checks
 * size > 0 and then does exactly epoll_create1(0). */
long js_epoll_create(int size)
{
#ifdef JS_NR_epoll_create
	return JS_SC1(JS_NR_epoll_create, size);
#else
	if (size <= 0)
		return -JS_EINVAL;
	return JS_SC1(JS_NR_epoll_create1, 0);
#endif
}
