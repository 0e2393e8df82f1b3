#include <libjs/ipc.h>
#include "../call.h"

long js_mq_timedsend(int mqdes, const char *msg_ptr, size_t msg_len,
		     unsigned int msg_prio, const struct js_timespec *abs_timeout)
{
	return JS_SC5(JS_NR_mq_timedsend, mqdes, msg_ptr, msg_len, msg_prio,
		      abs_timeout);
}
