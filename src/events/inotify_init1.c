#include <libjs/events.h>
#include "../call.h"

long js_inotify_init1(int flags)
{
	return JS_SC1(JS_NR_inotify_init1, flags);
}
