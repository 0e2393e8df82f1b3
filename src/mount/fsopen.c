#include <libjs/mount.h>
#include "../call.h"

long js_fsopen(const char *fsname, unsigned int flags)
{
	return JS_SC2(JS_NR_fsopen, fsname, flags);
}
