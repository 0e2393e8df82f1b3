#include <libjs/fs.h>
#include "../call.h"

long js_quotactl_fd(unsigned int fd, unsigned int cmd, int id, void *addr)
{
	return JS_SC4(JS_NR_quotactl_fd, fd, cmd, id, addr);
}
