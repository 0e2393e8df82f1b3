#include <libjs/net.h>
#include "../call.h"

long js_setsockopt(int fd, int level, int optname, const void *optval,
		   js_socklen_t optlen)
{
	return JS_SC5(JS_NR_setsockopt, fd, level, optname, optval, optlen);
}
