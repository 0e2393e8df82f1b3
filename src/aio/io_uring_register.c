#include <libjs/aio.h>
#include "../call.h"

long js_io_uring_register(unsigned int fd, unsigned int opcode, void *arg,
			  unsigned int nr_args)
{
	return JS_SC4(JS_NR_io_uring_register, fd, opcode, arg, nr_args);
}
