#include <libjs/signal.h>
#include "../call.h"

long js_rt_sigqueueinfo(int tgid, int sig, js_siginfo_t *info)
{
	return JS_SC3(JS_NR_rt_sigqueueinfo, tgid, sig, info);
}
