#include <libjs/fs.h>
#include "../call.h"

long js_quotactl(int cmd, const char *special, int id, void *addr)
{
	return JS_SC4(JS_NR_quotactl, (unsigned int)cmd, special, id, addr);
}
