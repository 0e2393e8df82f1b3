#include <libjs/sys.h>
#include "../../call.h"

long js_ioperm(unsigned long from, unsigned long num, int turn_on)
{
	return JS_SC3(JS_NR_ioperm, from, num, turn_on);
}
