#include <libjs/events.h>
#include "../call.h"

/* eventfd(2) as the man page has it, with flags: that is the eventfd2
 * system call (the old flag-less eventfd call equals eventfd2 with flags
 * 0, and the asm-generic table has only eventfd2). */
long js_eventfd(unsigned int initval, int flags)
{
	return JS_SC2(JS_NR_eventfd2, initval, flags);
}
