#include <libjs/mem.h>
#include "../call.h"

long js_mprotect(void *addr, size_t len, int prot)
{
	return JS_SC3(JS_NR_mprotect, addr, len, prot);
}
