#include <libjs/net.h>
#include "../call.h"

long js_socket(int domain, int type, int protocol)
{
	return JS_SC3(JS_NR_socket, domain, type, protocol);
}
