#include <libjs/proc.h>
#include "../call.h"

long js_getresgid(unsigned int *rgid, unsigned int *egid, unsigned int *sgid)
{
	return JS_SC3(JS_NR_getresgid, rgid, egid, sgid);
}
