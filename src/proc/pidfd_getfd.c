#include <libjs/proc.h>
#include "../call.h"

long js_pidfd_getfd(int pidfd, int targetfd, unsigned int flags)
{
	return JS_SC3(JS_NR_pidfd_getfd, pidfd, targetfd, flags);
}
