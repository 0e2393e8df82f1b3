#include <libjs/proc.h>
#include <libjs/nr_new.h>
#include "../call.h"

long js_lsm_set_self_attr(unsigned int attr, const struct js_lsm_ctx *ctx,
			  uint32_t size, uint32_t flags)
{
	return JS_SC4(JS_NR_lsm_set_self_attr, attr, ctx, size, flags);
}
