#include <libjs/proc.h>
#include "../call.h"

long js_tkill(int tid, int sig)
{
	return JS_SC2(JS_NR_tkill, tid, sig);
}
