#include <libjs/sandbox.h>
#include "../call.h"

long js_capget(struct js_user_cap_header_struct *hdrp,
	       struct js_user_cap_data_struct *datap)
{
	return JS_SC2(JS_NR_capget, hdrp, datap);
}
