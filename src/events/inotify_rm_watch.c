#include <libjs/events.h>
#include "../call.h"

long js_inotify_rm_watch(int fd, int wd)
{
	return JS_SC2(JS_NR_inotify_rm_watch, fd, wd);
}
