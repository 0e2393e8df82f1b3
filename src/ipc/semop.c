#include <libjs/ipc.h>
#include "../call.h"

long js_semop(int semid, struct js_sembuf *sops, size_t nsops)
{
	return JS_SC3(JS_NR_semop, semid, sops, nsops);
}
