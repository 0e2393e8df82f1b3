#include <libjs/proc.h>
#include "../call.h"

long js_setgid(unsigned int gid)
{
	return JS_SC1(JS_NR_setgid, gid);
}
