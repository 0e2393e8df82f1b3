#include <libjs/mem.h>
#include "../call.h"

long js_pkey_mprotect(void *addr, size_t len, int prot, int pkey)
{
	return JS_SC4(JS_NR_pkey_mprotect, addr, len, prot, pkey);
}
