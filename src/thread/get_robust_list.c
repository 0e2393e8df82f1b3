#include <libjs/thread.h>
#include "../call.h"

long js_get_robust_list(int pid, struct js_robust_list_head **head_ptr,
			size_t *len_ptr)
{
	return JS_SC3(JS_NR_get_robust_list, pid, head_ptr, len_ptr);
}
