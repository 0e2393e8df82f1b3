#include <libjs/proc.h>
#include "../call.h"

long js_setreuid(unsigned int ruid, unsigned int euid)
{
	return JS_SC2(JS_NR_setreuid, ruid, euid);
}
