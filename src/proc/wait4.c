#include <libjs/proc.h>
#include "../call.h"

long js_wait4(int pid, int *wstatus, int options, struct js_rusage *rusage)
{
	return JS_SC4(JS_NR_wait4, pid, wstatus, options, rusage);
}
