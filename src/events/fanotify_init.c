#include <libjs/events.h>
#include "../call.h"

long js_fanotify_init(unsigned int flags, unsigned int event_f_flags)
{
	return JS_SC2(JS_NR_fanotify_init, flags, event_f_flags);
}
