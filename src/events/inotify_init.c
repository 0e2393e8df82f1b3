#include <libjs/events.h>
#include "../call.h"

/* inotify_init(2).  Without the legacy call (asm-generic table),
 * inotify_init1(0), which is what the kernel's inotify_init does. */
long js_inotify_init(void)
{
#ifdef JS_NR_inotify_init
	return JS_SC0(JS_NR_inotify_init);
#else
	return JS_SC1(JS_NR_inotify_init1, 0);
#endif
}
