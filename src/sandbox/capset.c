#include <libjs/sandbox.h>
#include "../call.h"

long js_capset(struct js_user_cap_header_struct *hdrp,
	       const struct js_user_cap_data_struct *datap)
{
	return JS_SC2(JS_NR_capset, hdrp, datap);
}
