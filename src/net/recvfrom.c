#include <libjs/net.h>
#include "../call.h"

long js_recvfrom(int fd, void *buf, size_t len, int flags,
		 struct js_sockaddr *src, js_socklen_t *addrlen)
{
	return JS_SC6(JS_NR_recvfrom, fd, buf, len, flags, src, addrlen);
}
