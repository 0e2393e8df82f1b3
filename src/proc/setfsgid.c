#include <libjs/proc.h>
#include "../call.h"

long js_setfsgid(unsigned int fsgid)
{
	return JS_SC1(JS_NR_setfsgid, fsgid);
}
