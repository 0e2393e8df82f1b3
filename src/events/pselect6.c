#include <libjs/events.h>
#include "../call.h"

/* pselect6: the mask travels as a {pointer, size} pair the kernel reads
 * (fs/select.c, struct sigset_argpack); it is built here, on libjs's own
 * stack, so the caller passes only the set. */
long js_pselect6(int nfds, js_fd_set *readfds, js_fd_set *writefds,
		 js_fd_set *exceptfds, struct js_timespec *timeout,
		 const js_sigset_t *sigmask)
{
	struct {
		const js_sigset_t *ss;
		size_t ss_len;
	} pack = { sigmask, sizeof(js_sigset_t) };

	return JS_SC6(JS_NR_pselect6, nfds, readfds, writefds, exceptfds,
		      timeout, sigmask ? &pack : 0);
}
