#include <libjs/proc.h>
#include "../call.h"

long js_pidfd_send_signal(int pidfd, int sig, js_siginfo_t *info,
			  unsigned int flags)
{
	return JS_SC4(JS_NR_pidfd_send_signal, pidfd, sig, info, flags);
}
