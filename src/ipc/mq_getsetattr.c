#include <libjs/ipc.h>
#include "../call.h"

long js_mq_getsetattr(int mqdes, const struct js_mq_attr *newattr,
		      struct js_mq_attr *oldattr)
{
	return JS_SC3(JS_NR_mq_getsetattr, mqdes, newattr, oldattr);
}
