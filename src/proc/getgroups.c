#include <libjs/proc.h>
#include "../call.h"

long js_getgroups(int size, unsigned int list[])
{
	return JS_SC2(JS_NR_getgroups, size, list);
}
