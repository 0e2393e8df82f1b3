#include <libjs/proc.h>
#include "../call.h"

long js_setrlimit(int resource, const struct js_rlimit *rlim)
{
	return JS_SC4(JS_NR_prlimit64, 0, resource, rlim, 0);
}
