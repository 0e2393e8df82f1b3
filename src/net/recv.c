#include <libjs/net.h>
#include "../call.h"

/* recv(2) is recvfrom(2) with no source address; no architecture libjs
 * supports has a recv system call of its own. */
long js_recv(int fd, void *buf, size_t len, int flags)
{
	return JS_SC6(JS_NR_recvfrom, fd, buf, len, flags, 0, 0);
}
