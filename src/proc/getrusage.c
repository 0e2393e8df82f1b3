#include <libjs/proc.h>
#include "../call.h"

long js_getrusage(int who, struct js_rusage *usage)
{
	return JS_SC2(JS_NR_getrusage, who, usage);
}
