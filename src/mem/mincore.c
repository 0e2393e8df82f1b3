#include <libjs/mem.h>
#include "../call.h"

long js_mincore(void *addr, size_t length, unsigned char *vec)
{
	return JS_SC3(JS_NR_mincore, addr, length, vec);
}
