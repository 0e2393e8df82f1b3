#include <libjs/proc.h>
#include "../call.h"

long js_setresgid(unsigned int rgid, unsigned int egid, unsigned int sgid)
{
	return JS_SC3(JS_NR_setresgid, rgid, egid, sgid);
}
