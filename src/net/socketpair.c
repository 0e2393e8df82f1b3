#include <libjs/net.h>
#include "../call.h"

long js_socketpair(int domain, int type, int protocol, int sv[2])
{
	return JS_SC4(JS_NR_socketpair, domain, type, protocol, sv);
}
