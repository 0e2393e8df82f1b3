#include <libjs/fs.h>
#include "../call.h"

long js_close_range(unsigned int first, unsigned int last, int flags)
{
	return JS_SC3(JS_NR_close_range, first, last, (unsigned int)flags);
}
