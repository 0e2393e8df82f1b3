#include <libjs/mem.h>
#include "../call.h"

long js_mlockall(int flags)
{
	return JS_SC1(JS_NR_mlockall, flags);
}
