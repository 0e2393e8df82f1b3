#include <libjs/kern.h>
#include "../call.h"

long js_init_module(const void *module_image, unsigned long len,
		    const char *param_values)
{
	return JS_SC3(JS_NR_init_module, module_image, len, param_values);
}
