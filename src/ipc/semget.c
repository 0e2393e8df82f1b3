#include <libjs/ipc.h>
#include "../call.h"

long js_semget(js_key_t key, int nsems, int semflg)
{
	return JS_SC3(JS_NR_semget, key, nsems, semflg);
}
