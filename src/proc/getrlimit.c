#include <libjs/proc.h>
#include "../call.h"

/* prlimit64 on the caller: the one form on every architecture, with
 * 64-bit limits everywhere. */
long js_getrlimit(int resource, struct js_rlimit *rlim)
{
	return JS_SC4(JS_NR_prlimit64, 0, resource, 0, rlim);
}
