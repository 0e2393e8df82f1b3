#include <libjs/mem.h>
#include "../call.h"

long js_move_pages(int pid, unsigned long count, void **pages,
		   const int *nodes, int *status, int flags)
{
	return JS_SC6(JS_NR_move_pages, pid, count, pages, nodes, status,
		      flags);
}
