#include <libjs/events.h>
#include "../call.h"

/* ppoll(2).  The system call writes the time left back into its timeout;
 * the man page's (and glibc's) ppoll takes it const, so the kernel is
 * handed a copy. */
long js_ppoll(struct js_pollfd *fds, unsigned long nfds,
	      const struct js_timespec *tmo_p, const js_sigset_t *sigmask)
{
	struct js_timespec ts;

	if (tmo_p)
		ts = *tmo_p;
	return JS_SC5(JS_NR_ppoll, fds, nfds, tmo_p ? &ts : 0, sigmask,
		      sizeof(js_sigset_t));
}
