#include <libjs/mem.h>
#include "../call.h"

long js_set_mempolicy(int mode, const unsigned long *nodemask,
		      unsigned long maxnode)
{
	return JS_SC3(JS_NR_set_mempolicy, mode, nodemask, maxnode);
}
