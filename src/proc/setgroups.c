#include <libjs/proc.h>
#include "../call.h"

long js_setgroups(size_t size, const unsigned int *list)
{
	return JS_SC2(JS_NR_setgroups, size, list);
}
