#include <libjs/mount.h>
#include "../call.h"

long js_fsmount(int fsfd, unsigned int flags, unsigned int attr_flags)
{
	return JS_SC3(JS_NR_fsmount, fsfd, flags, attr_flags);
}
