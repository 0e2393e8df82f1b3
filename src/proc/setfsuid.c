#include <libjs/proc.h>
#include "../call.h"

long js_setfsuid(unsigned int fsuid)
{
	return JS_SC1(JS_NR_setfsuid, fsuid);
}
