#include <libjs/net.h>
#include "../call.h"

long js_recvmsg(int fd, struct js_msghdr *msg, int flags)
{
	return JS_SC3(JS_NR_recvmsg, fd, msg, flags);
}
