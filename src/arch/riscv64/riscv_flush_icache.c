#include <libjs/sys.h>
#include "../../call.h"

long js_riscv_flush_icache(void *start, void *end, unsigned long flags)
{
	return JS_SC3(JS_NR_riscv_flush_icache, start, end, flags);
}
