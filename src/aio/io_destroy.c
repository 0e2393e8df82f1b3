#include <libjs/aio.h>
#include "../call.h"

long js_io_destroy(js_aio_context_t ctx_id)
{
	return JS_SC1(JS_NR_io_destroy, ctx_id);
}
