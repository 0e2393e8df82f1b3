#include <libjs/net.h>
#include "../call.h"

/* send(2) is sendto(2) with no destination; no architecture libjs
 * supports has a send system call of its own. */
long js_send(int fd, const void *buf, size_t len, int flags)
{
	return JS_SC6(JS_NR_sendto, fd, buf, len, flags, 0, 0);
}
