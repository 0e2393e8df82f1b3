#include <libjs/proc.h>
#include "../call.h"

long js_sysinfo(struct js_sysinfo *info)
{
	return JS_SC1(JS_NR_sysinfo, info);
}
