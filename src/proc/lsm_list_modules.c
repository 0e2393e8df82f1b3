#include <libjs/proc.h>
#include <libjs/nr_new.h>
#include "../call.h"

long js_lsm_list_modules(uint64_t *ids, uint32_t *size, uint32_t flags)
{
	return JS_SC3(JS_NR_lsm_list_modules, ids, size, flags);
}
