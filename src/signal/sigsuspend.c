#include <libjs/signal.h>
#include "../call.h"

long js_sigsuspend(const js_sigset_t *mask)
{
	return JS_SC2(JS_NR_rt_sigsuspend, mask, sizeof(js_sigset_t));
}
