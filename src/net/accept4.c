#include <libjs/net.h>
#include "../call.h"

long js_accept4(int fd, struct js_sockaddr *addr, js_socklen_t *addrlen,
		int flags)
{
	return JS_SC4(JS_NR_accept4, fd, addr, addrlen, flags);
}
