#include <libjs/proc.h>
#include "../call.h"

long js_prctl(int option, unsigned long arg2, unsigned long arg3,
	      unsigned long arg4, unsigned long arg5)
{
	return JS_SC5(JS_NR_prctl, option, arg2, arg3, arg4, arg5);
}
