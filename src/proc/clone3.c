#include <libjs/proc.h>
#include "../call.h"

long js_clone3(struct js_clone_args *args, size_t size)
{
	return JS_SC2(JS_NR_clone3, args, size);
}
