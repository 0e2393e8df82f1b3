#include <libjs/events.h>
#include "../call.h"

/* poll(2).  Without the legacy call (asm-generic table), ppoll with the
 * milliseconds as a timespec and no mask; a negative timeout is "no
 * timeout", as in the kernel's poll. */
long js_poll(struct js_pollfd *fds, unsigned long nfds, int timeout)
{
#ifdef JS_NR_poll
	return JS_SC3(JS_NR_poll, fds, nfds, timeout);
#else
	struct js_timespec ts;

	if (timeout >= 0) {
		ts.tv_sec = timeout / 1000;
		ts.tv_nsec = (long)(timeout % 1000) * 1000000;
	}
	return JS_SC5(JS_NR_ppoll, fds, nfds, timeout >= 0 ? &ts : 0, 0,
		      sizeof(js_sigset_t));
#endif
}
