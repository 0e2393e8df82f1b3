#include <libjs/proc.h>
#include "../call.h"

long js_pidfd_open(int pid, unsigned int flags)
{
	return JS_SC2(JS_NR_pidfd_open, pid, flags);
}
