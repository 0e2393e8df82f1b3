#include <libjs/mem.h>
#include "../call.h"

long js_munmap(void *addr, size_t length)
{
	return JS_SC2(JS_NR_munmap, addr, length);
}
