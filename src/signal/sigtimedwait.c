#include <libjs/signal.h>
#include "../call.h"

long js_sigtimedwait(const js_sigset_t *set, js_siginfo_t *info,
		     const struct js_timespec *timeout)
{
	return JS_SC4(JS_NR_rt_sigtimedwait, set, info, timeout, sizeof(js_sigset_t));
}
