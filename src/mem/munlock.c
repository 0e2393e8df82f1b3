#include <libjs/mem.h>
#include "../call.h"

long js_munlock(const void *addr, size_t len)
{
	return JS_SC2(JS_NR_munlock, addr, len);
}
