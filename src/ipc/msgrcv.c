#include <libjs/ipc.h>
#include "../call.h"

long js_msgrcv(int msqid, void *msgp, size_t msgsz, long msgtyp, int msgflg)
{
	return JS_SC5(JS_NR_msgrcv, msqid, msgp, msgsz, msgtyp, msgflg);
}
