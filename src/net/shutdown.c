#include <libjs/net.h>
#include "../call.h"

long js_shutdown(int fd, int how)
{
	return JS_SC2(JS_NR_shutdown, fd, how);
}
