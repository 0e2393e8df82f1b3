#include <libjs/mem.h>
#include "../call.h"

long js_migrate_pages(int pid, unsigned long maxnode,
		      const unsigned long *old_nodes, const unsigned long *new_nodes)
{
	return JS_SC4(JS_NR_migrate_pages, pid, maxnode, old_nodes, new_nodes);
}
