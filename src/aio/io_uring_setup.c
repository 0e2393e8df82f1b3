#include <libjs/aio.h>
#include "../call.h"

long js_io_uring_setup(unsigned int entries, struct js_io_uring_params *p)
{
	return JS_SC2(JS_NR_io_uring_setup, entries, p);
}
