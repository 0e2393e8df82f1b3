#include <libjs/proc.h>
#include "../call.h"

long js_reboot(int magic, int magic2, unsigned int cmd, void *arg)
{
	return JS_SC4(JS_NR_reboot, magic, magic2, cmd, arg);
}
