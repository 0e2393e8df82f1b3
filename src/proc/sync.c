#include <libjs/proc.h>
#include "../call.h"

long js_sync(void)
{
	/* sync(2) cannot fail; the kernel returns 0. */
	return JS_SC0(JS_NR_sync);
}
