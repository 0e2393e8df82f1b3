#include <libjs/sandbox.h>
#include "../call.h"

long js_seccomp(unsigned int operation, unsigned int flags, void *args)
{
	return JS_SC3(JS_NR_seccomp, operation, flags, args);
}
