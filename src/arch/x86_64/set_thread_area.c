#include <libjs/sys.h>
#include "../../call.h"

long js_set_thread_area(struct js_user_desc *u_info)
{
	return JS_SC1(JS_NR_set_thread_area, u_info);
}
