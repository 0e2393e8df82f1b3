#include <libjs/mem.h>
#include "../call.h"

long js_shmget(js_key_t key, size_t size, int shmflg)
{
	return JS_SC3(JS_NR_shmget, key, size, shmflg);
}
