#include <libjs/proc.h>
#include "../call.h"

long js_process_mrelease(int pidfd, unsigned int flags)
{
	return JS_SC2(JS_NR_process_mrelease, pidfd, flags);
}
