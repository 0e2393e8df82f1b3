#include <libjs/proc.h>
#include "../call.h"

long js_getsid(int pid)
{
	return JS_SC1(JS_NR_getsid, pid);
}
