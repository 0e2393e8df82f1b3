#include <libjs/proc.h>
#include "../call.h"

long js_tgkill(int tgid, int tid, int sig)
{
	return JS_SC3(JS_NR_tgkill, tgid, tid, sig);
}
