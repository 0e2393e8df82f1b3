#include <libjs/events.h>
#include "../call.h"

long js_inotify_add_watch(int fd, const char *pathname, uint32_t mask)
{
	return JS_SC3(JS_NR_inotify_add_watch, fd, pathname, mask);
}
