#include <libjs/ipc.h>
#include "../call.h"

/* mq_setattr(3) is mq_getsetattr itself; its own name so that code
 * written against mq_setattr(3) finds it. */
long js_mq_setattr(int mqdes, const struct js_mq_attr *newattr,
		   struct js_mq_attr *oldattr)
{
	return JS_SC3(JS_NR_mq_getsetattr, mqdes, newattr, oldattr);
}
