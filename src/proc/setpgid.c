#include <libjs/proc.h>
#include "../call.h"

long js_setpgid(int pid, int pgid)
{
	return JS_SC2(JS_NR_setpgid, pid, pgid);
}
