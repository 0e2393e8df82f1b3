#include <libjs/proc.h>
#include "../call.h"

long js_setregid(unsigned int rgid, unsigned int egid)
{
	return JS_SC2(JS_NR_setregid, rgid, egid);
}
