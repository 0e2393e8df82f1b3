#include <libjs/proc.h>
#include "../call.h"

long js_geteuid(void)
{
	return JS_SC0(JS_NR_geteuid);
}
