#include <libjs/aio.h>
#include "../call.h"

long js_io_getevents(js_aio_context_t ctx_id, long min_nr, long nr,
		     struct js_io_event *events, struct js_timespec *timeout)
{
	return JS_SC5(JS_NR_io_getevents, ctx_id, min_nr, nr, events, timeout);
}
