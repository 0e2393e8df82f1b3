#include <libjs/mem.h>
#include "../call.h"

long js_mbind(void *addr, unsigned long len, int mode,
	      const unsigned long *nodemask, unsigned long maxnode,
	      unsigned int flags)
{
	return JS_SC6(JS_NR_mbind, addr, len, mode, nodemask, maxnode, flags);
}
