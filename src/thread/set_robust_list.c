#include <libjs/thread.h>
#include "../call.h"

long js_set_robust_list(struct js_robust_list_head *head, size_t len)
{
	return JS_SC2(JS_NR_set_robust_list, head, len);
}
