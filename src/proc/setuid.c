#include <libjs/proc.h>
#include "../call.h"

long js_setuid(unsigned int uid)
{
	return JS_SC1(JS_NR_setuid, uid);
}
