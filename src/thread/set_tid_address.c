#include <libjs/thread.h>
#include "../call.h"

long js_set_tid_address(int *tidptr)
{
	return JS_SC1(JS_NR_set_tid_address, tidptr);
}
