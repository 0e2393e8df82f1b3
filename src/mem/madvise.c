#include <libjs/mem.h>
#include "../call.h"

long js_madvise(void *addr, size_t length, int advice)
{
	return JS_SC3(JS_NR_madvise, addr, length, advice);
}
