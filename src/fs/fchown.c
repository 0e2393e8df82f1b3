#include <libjs/fs.h>
#include "../call.h"

long js_fchown(int fd, unsigned int owner, unsigned int group)
{
	return JS_SC3(JS_NR_fchown, fd, owner, group);
}
