#include <libjs/kern.h>
#include "../call.h"

long js_finit_module(int fd, const char *param_values, int flags)
{
	return JS_SC3(JS_NR_finit_module, fd, param_values, flags);
}
