#include <libjs/proc.h>
#include "../call.h"

/* The kernel's own result, 20 - nice (1..40): it keeps -errno the only
 * negative answer, as for every other wrapper (JS_PRIO_NICE in proc.h). */
long js_getpriority(int which, int who)
{
	return JS_SC2(JS_NR_getpriority, which, who);
}
