#include <libjs/mount.h>
#include "../call.h"

long js_statmount(const struct js_mnt_id_req *req, struct js_statmount *buf,
		  size_t bufsize, unsigned long flags)
{
	return JS_SC4(JS_NR_statmount, req, buf, bufsize, flags);
}
