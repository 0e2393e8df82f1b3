#include <libjs/fs.h>
#include "../call.h"

long js_cachestat(unsigned int fd, const struct js_cachestat_range *range,
		  struct js_cachestat *cstat, unsigned int flags)
{
	return JS_SC4(JS_NR_cachestat, fd, range, cstat, flags);
}
