#include <libjs/fs.h>
#include "../call.h"

long js_chown(const char *path, unsigned int owner, unsigned int group)
{
	return JS_SC3(JS_NR_chown, path, owner, group);
}
