#include <libjs/kern.h>
#include "../call.h"

long js_delete_module(const char *name, unsigned int flags)
{
	return JS_SC2(JS_NR_delete_module, name, flags);
}
