#include <libjs/ipc.h>
#include "../call.h"

/* mq_receive(3) is mq_timedreceive with no timeout, as in glibc. */
long js_mq_receive(int mqdes, char *msg_ptr, size_t msg_len,
		   unsigned int *msg_prio)
{
	return JS_SC5(JS_NR_mq_timedreceive, mqdes, msg_ptr, msg_len,
		      msg_prio, 0);
}
