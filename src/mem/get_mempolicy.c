#include <libjs/mem.h>
#include "../call.h"

long js_get_mempolicy(int *mode, unsigned long *nodemask,
		      unsigned long maxnode, void *addr, unsigned long flags)
{
	return JS_SC5(JS_NR_get_mempolicy, mode, nodemask, maxnode, addr,
		      flags);
}
