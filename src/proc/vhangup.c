#include <libjs/proc.h>
#include "../call.h"

long js_vhangup(void)
{
	return JS_SC0(JS_NR_vhangup);
}
