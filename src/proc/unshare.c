#include <libjs/proc.h>
#include "../call.h"

long js_unshare(int flags)
{
	return JS_SC1(JS_NR_unshare, flags);
}
