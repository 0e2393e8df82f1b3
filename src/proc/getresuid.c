#include <libjs/proc.h>
#include "../call.h"

long js_getresuid(unsigned int *ruid, unsigned int *euid, unsigned int *suid)
{
	return JS_SC3(JS_NR_getresuid, ruid, euid, suid);
}
