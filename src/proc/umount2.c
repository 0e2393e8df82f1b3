#include <libjs/proc.h>
#include "../call.h"

long js_umount2(const char *target, int flags)
{
	return JS_SC2(JS_NR_umount2, target, flags);
}
