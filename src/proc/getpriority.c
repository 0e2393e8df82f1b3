#include <libjs/proc.h>
#include "../call.h"

/* The system call answers 20 - nice (1..40), so that a nice value is
 * never mistaken for an error; the man page's getpriority gives the nice
 * value itself.  Converting it puts successes in -20..19, so the errors
 * move below that range (-errno - 20): see JS_PRIO_IS_ERR in proc.h. */
long js_getpriority(int which, int who)
{
	long r = JS_SC2(JS_NR_getpriority, which, who);

	return r < 0 ? r - 20 : 20 - r;
}
