#include <libjs/signal.h>
#include "../call.h"

long js_sigprocmask(int how, const js_sigset_t *set, js_sigset_t *oldset)
{
	return JS_SC4(JS_NR_rt_sigprocmask, how, set, oldset, sizeof(js_sigset_t));
}
