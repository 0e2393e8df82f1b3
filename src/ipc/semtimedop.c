#include <libjs/ipc.h>
#include "../call.h"

long js_semtimedop(int semid, struct js_sembuf *sops, size_t nsops,
		   const struct js_timespec *timeout)
{
	return JS_SC4(JS_NR_semtimedop, semid, sops, nsops, timeout);
}
