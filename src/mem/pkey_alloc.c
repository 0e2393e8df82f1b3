#include <libjs/mem.h>
#include "../call.h"

long js_pkey_alloc(unsigned int flags, unsigned int access_rights)
{
	return JS_SC2(JS_NR_pkey_alloc, flags, access_rights);
}
