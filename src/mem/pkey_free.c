#include <libjs/mem.h>
#include "../call.h"

long js_pkey_free(int pkey)
{
	return JS_SC1(JS_NR_pkey_free, pkey);
}
