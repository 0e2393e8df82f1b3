#include <libjs/signal.h>
#include "../call.h"

long js_sigpending(js_sigset_t *set)
{
	return JS_SC2(JS_NR_rt_sigpending, set, sizeof(js_sigset_t));
}
