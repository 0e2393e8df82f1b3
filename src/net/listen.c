#include <libjs/net.h>
#include "../call.h"

long js_listen(int fd, int backlog)
{
	return JS_SC2(JS_NR_listen, fd, backlog);
}
