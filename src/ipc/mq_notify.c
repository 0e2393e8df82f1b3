#include <libjs/ipc.h>
#include "../call.h"

/* mq_notify(3): the kernel's struct sigevent is passed through, so
 * SIGEV_THREAD means the kernel's netlink form (mqueue.h), not glibc's
 * thread-starting one (docs/ipc.md). */
long js_mq_notify(int mqdes, const struct js_sigevent *sevp)
{
	return JS_SC2(JS_NR_mq_notify, mqdes, sevp);
}
