#include <libjs/mem.h>
#include "../call.h"

long js_memfd_secret(unsigned int flags)
{
	return JS_SC1(JS_NR_memfd_secret, flags);
}
