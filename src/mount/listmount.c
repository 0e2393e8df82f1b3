#include <libjs/mount.h>
#include "../call.h"

long js_listmount(const struct js_mnt_id_req *req, uint64_t *mnt_ids,
		  size_t nr_mnt_ids, unsigned long flags)
{
	return JS_SC4(JS_NR_listmount, req, mnt_ids, nr_mnt_ids, flags);
}
