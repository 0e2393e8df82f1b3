#include <libjs/aio.h>
#include "../call.h"

long js_io_setup(unsigned int nr_events, js_aio_context_t *ctx_idp)
{
	return JS_SC2(JS_NR_io_setup, nr_events, ctx_idp);
}
