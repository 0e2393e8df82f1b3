#include <libjs/sys.h>
#include "../../call.h"

long js_iopl(int level)
{
	return JS_SC1(JS_NR_iopl, level);
}
