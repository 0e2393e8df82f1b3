/* js_thread_self (thread.h): the calling thread's control block, found
 * from the thread pointer without a system call. */
#include "thread.h"

struct js_thread_desc *js_thread_self(void)
{
	JS__NEED_TLS_SETUP();
	return (struct js_thread_desc *)js__self();
}
