#include <libjs/thread.h>
#include "../call.h"

long js_membarrier(int cmd, unsigned int flags, int cpu_id)
{
	return JS_SC3(JS_NR_membarrier, cmd, flags, cpu_id);
}
