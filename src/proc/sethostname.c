#include <libjs/proc.h>
#include "../call.h"

long js_sethostname(const char *name, size_t len)
{
	return JS_SC2(JS_NR_sethostname, name, len);
}
