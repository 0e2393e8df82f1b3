/* mseal(2), Linux 6.10: newer than the generated tables, numbered in
 * nr_new.h. */
#include <libjs/mem.h>
#include <libjs/nr_new.h>
#include "../call.h"

long js_mseal(void *addr, size_t len, unsigned long flags)
{
	return JS_SC3(JS_NR_mseal, addr, len, flags);
}
