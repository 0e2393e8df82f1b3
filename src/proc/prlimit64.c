#include <libjs/proc.h>
#include "../call.h"

long js_prlimit64(int pid, int resource, const struct js_rlimit *new_limit,
		  struct js_rlimit *old_limit)
{
	return JS_SC4(JS_NR_prlimit64, pid, resource, new_limit, old_limit);
}
