#include <libjs/proc.h>
#include "../call.h"

long js_chroot(const char *path)
{
	return JS_SC1(JS_NR_chroot, path);
}
