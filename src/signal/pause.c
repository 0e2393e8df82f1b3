#include <libjs/signal.h>
#include "../call.h"

/* pause(2).  The generic table (aarch64, riscv64) has no pause: ppoll
 * with no descriptors, no timeout and no mask sleeps until a signal
 * handler runs and then fails with EINTR (restarted, like pause, when
 * the signal ran no handler), which is pause's contract. */
long js_pause(void)
{
#ifdef JS_NR_pause
	return JS_SC0(JS_NR_pause);
#else
	return JS_SC5(JS_NR_ppoll, 0, 0, 0, 0, sizeof(js_sigset_t));
#endif
}
