#include <libjs/ipc.h>
#include "../call.h"

long js_msgsnd(int msqid, const void *msgp, size_t msgsz, int msgflg)
{
	return JS_SC4(JS_NR_msgsnd, msqid, msgp, msgsz, msgflg);
}
