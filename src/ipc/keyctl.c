#include <libjs/ipc.h>
#include "../call.h"

long js_keyctl(int operation, unsigned long arg2, unsigned long arg3,
	       unsigned long arg4, unsigned long arg5)
{
	return JS_SC5(JS_NR_keyctl, operation, arg2, arg3, arg4, arg5);
}
