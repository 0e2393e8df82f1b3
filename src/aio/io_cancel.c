#include <libjs/aio.h>
#include "../call.h"

long js_io_cancel(js_aio_context_t ctx_id, struct js_iocb *iocb,
		  struct js_io_event *result)
{
	return JS_SC3(JS_NR_io_cancel, ctx_id, iocb, result);
}
