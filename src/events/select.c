#include <libjs/events.h>
#include <libjs/errno.h>
#include "../call.h"
#include "../internal.h"

/* select(2).  The generic table (aarch64, riscv64) has no select; there
 * it is pselect6, which waits the same way (fs/select.c: both are
 * core_sys_select) but reads and rewrites a timespec.  So the timeval is
 * read here -- through the kernel (js__kcopy), since the kernel's select
 * answers a bad pointer with -EFAULT -- and turned into a timespec the
 * way kern_select does (whole seconds carried out of tv_usec, the rest
 * scaled; what it then refuses, pselect6 refuses alike).  pselect6
 * writes the time left into that copy exactly when select would have
 * written it into the caller's (not for a zero timeout, not with
 * STICKY_TIMEOUTS, not on a refused timeout), so the copy is written
 * back, as a timeval, when pselect6 changed it.  As in the kernel, a
 * failed write-back is not an error. */
long js_select(int nfds, js_fd_set *readfds, js_fd_set *writefds,
	       js_fd_set *exceptfds, struct js_timeval *timeout)
{
#ifdef JS_NR_select
	return JS_SC5(JS_NR_select, nfds, readfds, writefds, exceptfds, timeout);
#else
	struct js_timeval tv;
	struct js_timespec ts, sent;
	long r;

	if (!timeout)
		return JS_SC6(JS_NR_pselect6, nfds, readfds, writefds,
			      exceptfds, 0, 0);
	r = js__kcopy(&tv, timeout, sizeof tv);
	if (r < 0)
		return r;
	/* Unsigned, so that a huge tv_sec wraps as in the kernel instead of
	 * being undefined behaviour here. */
	ts.tv_sec = (long)((unsigned long)tv.tv_sec +
			   (unsigned long)(tv.tv_usec / 1000000));
	ts.tv_nsec = (tv.tv_usec % 1000000) * 1000;
	sent = ts;
	r = JS_SC6(JS_NR_pselect6, nfds, readfds, writefds, exceptfds, &ts, 0);
	if (ts.tv_sec != sent.tv_sec || ts.tv_nsec != sent.tv_nsec) {
		tv.tv_sec = ts.tv_sec;
		tv.tv_usec = ts.tv_nsec / 1000;
		js__kcopy(timeout, &tv, sizeof tv);
	}
	return r;
#endif
}
