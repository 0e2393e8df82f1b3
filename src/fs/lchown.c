#include <libjs/fs.h>
#include "../call.h"

long js_lchown(const char *path, unsigned int owner, unsigned int group)
{
	return JS_SC3(JS_NR_lchown, path, owner, group);
}
