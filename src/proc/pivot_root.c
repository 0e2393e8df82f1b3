#include <libjs/proc.h>
#include "../call.h"

long js_pivot_root(const char *new_root, const char *put_old)
{
	return JS_SC2(JS_NR_pivot_root, new_root, put_old);
}
