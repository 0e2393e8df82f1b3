#include <libjs/signal.h>
#include "../call.h"

long js_rt_tgsigqueueinfo(int tgid, int tid, int sig, js_siginfo_t *info)
{
	return JS_SC4(JS_NR_rt_tgsigqueueinfo, tgid, tid, sig, info);
}
