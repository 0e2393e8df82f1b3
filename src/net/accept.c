#include <libjs/net.h>
#include "../call.h"

long js_accept(int fd, struct js_sockaddr *addr, js_socklen_t *addrlen)
{
	return JS_SC3(JS_NR_accept, fd, addr, addrlen);
}
