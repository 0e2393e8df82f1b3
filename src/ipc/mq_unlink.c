#include <libjs/ipc.h>
#include "mq_name.h"
#include "../call.h"

/* mq_unlink(3): the name as js_mq_open takes it (mq_name.h). */
long js_mq_unlink(const char *name)
{
	const char *kname = js__mq_name(name);

	if (JS_IS_ERR(kname))
		return JS_PTR_ERR(kname);
	return JS_SC1(JS_NR_mq_unlink, kname);
}
