#include <libjs/proc.h>
#include "../call.h"

long js_setdomainname(const char *name, size_t len)
{
	return JS_SC2(JS_NR_setdomainname, name, len);
}
