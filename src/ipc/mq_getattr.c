#include <libjs/ipc.h>
#include "../call.h"

/* mq_getattr(3): mq_getsetattr with nothing to set. */
long js_mq_getattr(int mqdes, struct js_mq_attr *attr)
{
	return JS_SC3(JS_NR_mq_getsetattr, mqdes, 0, attr);
}
