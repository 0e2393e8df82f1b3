#include <libjs/aio.h>
#include "../call.h"

long js_io_submit(js_aio_context_t ctx_id, long nr, struct js_iocb **iocbpp)
{
	return JS_SC3(JS_NR_io_submit, ctx_id, nr, iocbpp);
}
