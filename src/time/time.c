#include <libjs/time.h>
#include "../call.h"

/* time(2) is a legacy call (x86_64 has it, the generic table does not);
 * elsewhere the realtime clock's seconds are the same value. */
long js_time(long *tloc)
{
#ifdef JS_NR_time
	return JS_SC1(JS_NR_time, tloc);
#else
	struct js_timespec ts;
	long r = JS_SC2(JS_NR_clock_gettime, 0, &ts);

	if (r < 0)
		return r;
	if (tloc)
		*tloc = ts.tv_sec;
	return ts.tv_sec;
#endif
}
