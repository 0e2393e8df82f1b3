#include <libjs/ipc.h>
#include "../call.h"

long js_msgget(js_key_t key, int msgflg)
{
	return JS_SC2(JS_NR_msgget, key, msgflg);
}
