/* js_thread_exit (thread.h): the result goes into the control block,
 * where js_thread_join reads it once the kernel has cleared the tid
 * (CLONE_CHILD_CLEARTID); exit(2) ends this thread only. */
#include <libjs/proc.h>
#include "thread.h"

void js_thread_exit(int result)
{
	js__self()->result = result;
	js_exit(result);
}
