#include <libjs/proc.h>
#include "../call.h"

long js_setsid(void)
{
	return JS_SC0(JS_NR_setsid);
}
