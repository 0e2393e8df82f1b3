#include <libjs/proc.h>
#include "../call.h"

long js_ioprio_set(int which, int who, int ioprio)
{
	return JS_SC3(JS_NR_ioprio_set, which, who, ioprio);
}
