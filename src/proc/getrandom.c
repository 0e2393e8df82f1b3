#include <libjs/proc.h>
#include "../call.h"

long js_getrandom(void *buf, size_t buflen, unsigned int flags)
{
	return JS_SC3(JS_NR_getrandom, buf, buflen, flags);
}
