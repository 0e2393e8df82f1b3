#include <libjs/mem.h>
#include "../call.h"

long js_msync(void *addr, size_t length, int flags)
{
	return JS_SC3(JS_NR_msync, addr, length, flags);
}
