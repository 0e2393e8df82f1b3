#include <libjs/proc.h>
#include "../call.h"

long js_mount(const char *source, const char *target, const char *fstype,
	      unsigned long flags, const void *data)
{
	return JS_SC5(JS_NR_mount, source, target, fstype, flags, data);
}
