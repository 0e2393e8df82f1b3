#include <libjs/proc.h>
#include "../call.h"

/* Cold: run once, so laid out for size (no loop alignment padding). */
__attribute__((cold)) void js_exit_group(int status)
{
	/* The kernel never returns from exit_group; the loop tells the
	 * compiler so without __builtin_unreachable's undefined behaviour if
	 * a fault-injection hook ever returned. */
	for (;;)
		JS_SC1(JS_NR_exit_group, status);
}
