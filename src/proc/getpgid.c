#include <libjs/proc.h>
#include "../call.h"

long js_getpgid(int pid)
{
	return JS_SC1(JS_NR_getpgid, pid);
}
