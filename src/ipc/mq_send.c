#include <libjs/ipc.h>
#include "../call.h"

/* mq_send(3) is mq_timedsend with no timeout, as in glibc. */
long js_mq_send(int mqdes, const char *msg_ptr, size_t msg_len,
		unsigned int msg_prio)
{
	return JS_SC5(JS_NR_mq_timedsend, mqdes, msg_ptr, msg_len, msg_prio, 0);
}
