#include <libjs/net.h>
#include "../call.h"

long js_sendmsg(int fd, const struct js_msghdr *msg, int flags)
{
	return JS_SC3(JS_NR_sendmsg, fd, msg, flags);
}
