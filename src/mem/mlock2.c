#include <libjs/mem.h>
#include "../call.h"

long js_mlock2(const void *addr, size_t len, unsigned int flags)
{
	return JS_SC3(JS_NR_mlock2, addr, len, flags);
}
