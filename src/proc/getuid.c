#include <libjs/proc.h>
#include "../call.h"

long js_getuid(void)
{
	return JS_SC0(JS_NR_getuid);
}
