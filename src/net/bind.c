#include <libjs/net.h>
#include "../call.h"

long js_bind(int fd, const struct js_sockaddr *addr, js_socklen_t addrlen)
{
	return JS_SC3(JS_NR_bind, fd, addr, addrlen);
}
