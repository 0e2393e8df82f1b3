#include <libjs/mem.h>
#include "../call.h"

long js_set_mempolicy_home_node(unsigned long start, unsigned long len,
				unsigned long home_node, unsigned long flags)
{
	return JS_SC4(JS_NR_set_mempolicy_home_node, start, len, home_node,
		      flags);
}
