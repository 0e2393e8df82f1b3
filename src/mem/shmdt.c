#include <libjs/mem.h>
#include "../call.h"

long js_shmdt(const void *shmaddr)
{
	return JS_SC1(JS_NR_shmdt, shmaddr);
}
