#include <libjs/time.h>
#include "../call.h"

long js_adjtimex(struct js_timex *buf)
{
	return JS_SC1(JS_NR_adjtimex, buf);
}
