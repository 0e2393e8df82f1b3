#include <libjs/kern.h>
#include "../call.h"

long js_kexec_load(unsigned long entry, unsigned long nr_segments,
		   struct js_kexec_segment *segments, unsigned long flags)
{
	return JS_SC4(JS_NR_kexec_load, entry, nr_segments, segments, flags);
}
