#include <libjs/proc.h>
#include "../call.h"

long js_uname(struct js_utsname *buf)
{
	return JS_SC1(JS_NR_uname, buf);
}
