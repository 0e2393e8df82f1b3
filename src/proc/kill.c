#include <libjs/proc.h>
#include "../call.h"

long js_kill(int pid, int sig)
{
	return JS_SC2(JS_NR_kill, pid, sig);
}
