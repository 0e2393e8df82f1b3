#include <libjs/mem.h>
#include "../call.h"

long js_memfd_create(const char *name, unsigned int flags)
{
	return JS_SC2(JS_NR_memfd_create, name, flags);
}
