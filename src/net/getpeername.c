#include <libjs/net.h>
#include "../call.h"

long js_getpeername(int fd, struct js_sockaddr *addr, js_socklen_t *addrlen)
{
	return JS_SC3(JS_NR_getpeername, fd, addr, addrlen);
}
