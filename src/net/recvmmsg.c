#include <libjs/net.h>
#include "../call.h"

long js_recvmmsg(int fd, struct js_mmsghdr *msgvec, unsigned int vlen,
		 int flags, struct js_timespec *timeout)
{
	return JS_SC5(JS_NR_recvmmsg, fd, msgvec, vlen, flags, timeout);
}
