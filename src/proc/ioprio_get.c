#include <libjs/proc.h>
#include "../call.h"

long js_ioprio_get(int which, int who)
{
	return JS_SC2(JS_NR_ioprio_get, which, who);
}
