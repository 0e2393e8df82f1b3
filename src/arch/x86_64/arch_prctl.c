#include <libjs/sys.h>
#include "../../call.h"

long js_arch_prctl(int code, unsigned long addr)
{
	return JS_SC2(JS_NR_arch_prctl, code, addr);
}
