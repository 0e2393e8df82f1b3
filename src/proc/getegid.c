#include <libjs/proc.h>
#include "../call.h"

long js_getegid(void)
{
	return JS_SC0(JS_NR_getegid);
}
