#include <libjs/ipc.h>
#include "mq_name.h"
#include "../call.h"

/* mq_open(3) over the mq_open system call, which names the queue inside
 * the mqueue filesystem's root and so takes no leading '/' (ipc/mqueue.c
 * looks the name up as one path component).  js__mq_name drops glibc's
 * '/'; mode and attr are passed whatever oflag says: the kernel reads them
 * only with O_CREAT. */
long js_mq_open(const char *name, int oflag, js_mode_t mode,
		struct js_mq_attr *attr)
{
	const char *kname = js__mq_name(name);

	if (JS_IS_ERR(kname))
		return JS_PTR_ERR(kname);
	return JS_SC4(JS_NR_mq_open, kname, oflag, mode, attr);
}
