#include <libjs/signal.h>
#include "../call.h"

/* signalfd4 is the only form on the generic syscall table, and the only
 * one that takes flags. */
long js_signalfd(int fd, const js_sigset_t *mask, int flags)
{
	return JS_SC4(JS_NR_signalfd4, fd, mask, sizeof(js_sigset_t), flags);
}
