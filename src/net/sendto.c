#include <libjs/net.h>
#include "../call.h"

long js_sendto(int fd, const void *buf, size_t len, int flags,
	       const struct js_sockaddr *dest, js_socklen_t addrlen)
{
	return JS_SC6(JS_NR_sendto, fd, buf, len, flags, dest, addrlen);
}
