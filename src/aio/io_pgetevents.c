#include <libjs/aio.h>
#include "../call.h"

long js_io_pgetevents(js_aio_context_t ctx_id, long min_nr, long nr,
		      struct js_io_event *events, struct js_timespec *timeout,
		      const struct js_aio_sigset *usig)
{
	return JS_SC6(JS_NR_io_pgetevents, ctx_id, min_nr, nr, events, timeout,
		      usig);
}
