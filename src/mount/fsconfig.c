#include <libjs/mount.h>
#include "../call.h"

long js_fsconfig(int fd, unsigned int cmd, const char *key, const void *value,
		 int aux)
{
	return JS_SC5(JS_NR_fsconfig, fd, cmd, key, value, aux);
}
