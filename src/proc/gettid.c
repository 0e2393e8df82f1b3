#include <libjs/proc.h>
#include "../call.h"

long js_gettid(void)
{
	return JS_SC0(JS_NR_gettid);
}
