#include <libjs/net.h>
#include "../call.h"

long js_sendmmsg(int fd, struct js_mmsghdr *msgvec, unsigned int vlen,
		 int flags)
{
	return JS_SC4(JS_NR_sendmmsg, fd, msgvec, vlen, flags);
}
