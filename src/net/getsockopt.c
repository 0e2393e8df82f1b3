#include <libjs/net.h>
#include "../call.h"

long js_getsockopt(int fd, int level, int optname, void *optval,
		   js_socklen_t *optlen)
{
	return JS_SC5(JS_NR_getsockopt, fd, level, optname, optval, optlen);
}
